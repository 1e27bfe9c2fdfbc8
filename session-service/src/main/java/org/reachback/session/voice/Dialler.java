package org.reachback.session.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.reachback.session.sessions.CallHangUpRequested;
import org.reachback.session.sessions.CallPlan;
import org.reachback.session.sessions.CallProgress;
import org.reachback.session.sessions.CallRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Paces outbound calls: a recorded voice session waits here until the trunk's token bucket
 * ({@code reachback.sip.rate}: 2 calls a second, bursts of 5 by default) and the cap on concurrent
 * calls let it go; then it is marked dialled (committed) and its call placed. On start-up it first
 * settles the calls a previous run left under way, so that none is dialled twice.
 */
@Component
class Dialler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dialler.class);

	private final SipUserAgent sip;

	private final CallProgress progress;

	private final BlockingQueue<UUID> waiting = new LinkedBlockingQueue<>();

	private final Semaphore lines;

	private final Bucket bucket;

	/** Sessions recorded before this instant belong to an earlier run of the service. */
	private final Instant startedAt;

	private volatile Thread worker;

	Dialler(SipUserAgent sip, CallProgress progress, SipSettings settings, Clock clock, MeterRegistry registry) {
		this.sip = sip;
		this.progress = progress;
		this.startedAt = clock.instant();
		this.lines = new Semaphore(settings.maxConcurrentCalls());
		this.bucket = Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(settings.rate().burst())
				.refillGreedy(settings.rate().callsPerSecond(), Duration.ofSeconds(1))
				.build())
			.build();
		Gauge.builder("reachback.calls.waiting", waiting, BlockingQueue::size)
			.description("voice calls recorded and waiting for the trunk's rate or concurrent-call limit")
			.register(registry);
		Gauge.builder("reachback.calls.under.way", sip, SipUserAgent::callsUnderWay)
			.description("voice calls being set up or connected on this instance's SIP user agent")
			.register(registry);
	}

	@TransactionalEventListener
	void on(CallRequested requested) {
		waiting.add(requested.sessionId());
	}

	@TransactionalEventListener
	void on(CallHangUpRequested requested) {
		sip.hangUp(requested.sessionId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void settleEarlierCalls() {
		var neverDialled = progress.settleCallsFrom(startedAt);
		if (!neverDialled.isEmpty()) {
			log.info("Dialling {} voice sessions recorded before the restart and never dialled", neverDialled.size());
			waiting.addAll(neverDialled);
		}
	}

	private void dialAsAllowed() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				UUID next = waiting.take();
				lines.acquire();
				bucket.asBlocking().consume(1);
				if (!dial(next)) {
					lines.release();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** @return whether a call was placed, which gives its line back when it ends */
	private boolean dial(UUID sessionId) {
		try {
			Optional<CallPlan> plan = progress.startDialling(sessionId);
			plan.ifPresent(call -> sip.place(call, lines::release));
			return plan.isPresent();
		}
		catch (RuntimeException ex) {
			// the database is unreachable: the session stays recorded and undialled for the next start
			log.warn("Could not start dialling session {}: {}", sessionId, ex.getMessage());
			return false;
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::dialAsAllowed, "sip-dialler");
		thread.setDaemon(true);
		worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread running = worker;
		worker = null;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return worker != null;
	}

	/** Starts after, and stops before, the SIP user agent it hands calls to. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1;
	}

}
