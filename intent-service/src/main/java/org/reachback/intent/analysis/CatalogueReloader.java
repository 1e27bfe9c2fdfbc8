package org.reachback.intent.analysis;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Checks the brand catalogue file every {@code reachback.brands.reload-interval}. It runs on a
 * thread of its own: training takes a second or more, and the application's shared scheduler also
 * relays the outbox, which must not wait for it.
 */
@Component
class CatalogueReloader implements SmartLifecycle {

	private final BrandCatalogue catalogue;

	private final CatalogueProperties properties;

	private ThreadPoolTaskScheduler scheduler;

	CatalogueReloader(BrandCatalogue catalogue, CatalogueProperties properties) {
		this.catalogue = catalogue;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (!properties.reloads() || scheduler != null) {
			return;
		}
		scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("brand-catalogue-");
		scheduler.setDaemon(true);
		scheduler.initialize();
		scheduler.scheduleWithFixedDelay(() -> catalogue.reload(false), properties.reloadInterval());
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.shutdown();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

}
