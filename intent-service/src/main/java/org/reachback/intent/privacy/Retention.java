package org.reachback.intent.privacy;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ticks every {@code reachback.privacy.retention-check} and erases, batch by batch, the chats whose
 * last entry is older than {@code reachback.privacy.retention} and whose callbacks are all over.
 * Several instances share the work: each batch is claimed {@code FOR UPDATE SKIP LOCKED}.
 */
@Component
class Retention {

	private final ErasureCoordinator erasures;

	private final PrivacySettings settings;

	private final Clock clock;

	Retention(ErasureCoordinator erasures, PrivacySettings settings, Clock clock) {
		this.erasures = erasures;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reachback.privacy.retention-check:1h}")
	void tick() {
		Instant before = clock.instant().minus(settings.retention());
		while (erasures.eraseExpired(before, settings.retentionBatch()) == settings.retentionBatch()) {
			// a full batch: more may be waiting
		}
	}

}
