package org.reachback.interaction.reconciliation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.reachback.interaction.availability.AvailabilityRefresher;
import org.reachback.interaction.dispatch.Dispatcher;
import org.reachback.interaction.queue.QueueStatusRefresher;
import org.reachback.interaction.queue.QueuesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings the virtual queue and the read models up to date after every committed change and on a
 * short schedule: dispatch waiting callbacks to free agents, then recompute queue status and slot
 * capacity. One worker thread does it, so a burst of changes coalesces into few runs and the work
 * never competes with itself for connections or locks; a change during a run triggers one more run.
 */
@Component
class QueueReconciler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(QueueReconciler.class);

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "queue-reconciler");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean requested = new AtomicBoolean();

	private final AtomicBoolean slotsStale = new AtomicBoolean();

	private final Dispatcher dispatcher;

	private final QueueStatusRefresher queueStatus;

	private final AvailabilityRefresher availability;

	QueueReconciler(Dispatcher dispatcher, QueueStatusRefresher queueStatus, AvailabilityRefresher availability) {
		this.dispatcher = dispatcher;
		this.queueStatus = queueStatus;
		this.availability = availability;
	}

	@TransactionalEventListener
	void on(QueuesChanged change) {
		log.debug("Reconciling queues after: {}", change.cause());
		if (change.capacityChanged()) {
			slotsStale.set(true);
		}
		request();
	}

	@Scheduled(fixedDelayString = "${reachback.dispatch.interval:5s}")
	void onSchedule() {
		request();
	}

	/** Slots move on with the clock even when nothing changes. */
	@Scheduled(fixedDelayString = "${reachback.queue-status.refresh-interval:60s}")
	void refreshSlots() {
		run(availability::refresh, "refresh callback availability");
	}

	private void request() {
		if (requested.compareAndSet(false, true)) {
			worker.execute(this::reconcile);
		}
	}

	private void reconcile() {
		requested.set(false);
		run(dispatcher::dispatch, "dispatch callbacks");
		run(queueStatus::refresh, "refresh queue status");
		// slots are regenerated only when rosters or skills changed, since the slot lock they take
		// makes bookings wait; a failed refresh is retried by the schedule below
		if (slotsStale.getAndSet(false)) {
			run(availability::refresh, "refresh callback availability");
		}
	}

	private static void run(Runnable step, String what) {
		try {
			step.run();
		}
		catch (RuntimeException ex) {
			log.warn("Could not {}; the next run will retry", what, ex);
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

}
