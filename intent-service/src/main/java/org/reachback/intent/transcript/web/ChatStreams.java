package org.reachback.intent.transcript.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.reachback.intent.transcript.Transcript;
import org.reachback.intent.transcript.TranscriptAppended;
import org.reachback.intent.transcript.TranscriptEntry;
import org.reachback.platform.messaging.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The open event streams of this instance, per chat. A stream never receives an entry directly:
 * on every signal it reads what it has not sent yet from the stored transcript and sends it in
 * order, so replay on connect and live entries can neither overlap nor leave a gap. The signal
 * that a chat's transcript grew goes through the database ({@link Signals}) to every instance,
 * so a stream follows its chat whichever instance took the message; when the listening connection
 * was lost, every stream of this instance catches up. When the
 * transcript cannot be read (the database restarting, a connection cut), the stream tries again
 * every {@link #RETRY} until it can: an entry committed just before the failure is still sent,
 * not left until the chat's next entry.
 * <p>
 * A chat may have {@code reachback.chat.max-streams-per-chat} streams open here at once; one more is
 * refused (429). The count is per instance, so behind a load balancer a chat may hold that many on
 * each. A stream whose client went away without closing it counts until the next heartbeat finds
 * it gone, which is why the refusal's {@code Retry-After} is the heartbeat interval.
 */
@Component
class ChatStreams implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChatStreams.class);

	/** How soon a stream that could not read the transcript tries again. */
	static final Duration RETRY = Duration.ofSeconds(1);

	private final Map<UUID, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();

	/** Made on every start: a context can be stopped and started again (Spring's tests pause cached ones). */
	private volatile ScheduledExecutorService pushes;

	/** The signal that a chat's transcript grew, with the chat's id. */
	private static final String CHANNEL = "chat_transcript";

	private final Transcript transcript;

	private final Signals signals;

	private final Duration timeout;

	private final Duration heartbeat;

	private final int maxStreamsPerChat;

	private volatile boolean running;

	ChatStreams(Transcript transcript, Signals signals,
			@Value("${reachback.chat.stream-timeout:30m}") Duration timeout,
			@Value("${reachback.chat.heartbeat:15s}") Duration heartbeat,
			@Value("${reachback.chat.max-streams-per-chat:3}") int maxStreamsPerChat, MeterRegistry meters) {
		this.transcript = transcript;
		this.signals = signals;
		signals.listen(CHANNEL, new Signals.Listener() {

			@Override
			public void signalled(String chatId) {
				ChatStreams.this.signalled(chatId);
			}

			@Override
			public void missed() {
				subscribers.values().forEach(ChatStreams.this::catchUp);
			}

		});
		this.timeout = timeout;
		this.heartbeat = heartbeat;
		this.maxStreamsPerChat = maxStreamsPerChat;
		Gauge.builder("reachback.chat.streams.open", this, ChatStreams::openStreams)
			.description("Event streams open on this instance")
			.register(meters);
	}

	/**
	 * Opens a stream that first replays the entries after {@code lastSeen}, then follows the chat.
	 *
	 * @throws TooManyStreamsException when the chat has as many streams open here as it may
	 */
	SseEmitter open(UUID chatId, long lastSeen) {
		return open(chatId, lastSeen, new SseEmitter(timeout.toMillis()));
	}

	/** The same on an emitter given (a test's, whose client can go away when the test says). */
	SseEmitter open(UUID chatId, long lastSeen, SseEmitter emitter) {
		Subscriber subscriber = new Subscriber(chatId, emitter, lastSeen);
		if (!admit(subscriber)) {
			throw new TooManyStreamsException(maxStreamsPerChat, heartbeat);
		}
		emitter.onCompletion(() -> remove(subscriber));
		emitter.onTimeout(() -> remove(subscriber));
		emitter.onError(ex -> remove(subscriber));
		try {
			subscriber.comment("connected");
			subscriber.catchUp();
		}
		catch (RuntimeException ex) {
			// not returned, so never completed: it would count against the chat's streams for good
			remove(subscriber);
			throw ex;
		}
		return emitter;
	}

	/** In the transaction that appended: every instance hears of it once it commits. */
	@EventListener
	void on(TranscriptAppended appended) {
		signals.send(CHANNEL, appended.chatId().toString());
	}

	private void signalled(String chatId) {
		Set<Subscriber> listening = subscribers.get(UUID.fromString(chatId));
		if (listening != null) {
			catchUp(listening);
		}
	}

	private void catchUp(Set<Subscriber> streams) {
		if (!running) {
			return;
		}
		try {
			streams.forEach(subscriber -> pushes.execute(subscriber::catchUp));
		}
		catch (RejectedExecutionException ex) {
			log.debug("Shutting down; streams end without their latest entries");
		}
	}

	@Scheduled(fixedDelayString = "${reachback.chat.heartbeat:15s}")
	void heartbeat() {
		subscribers.values().forEach(chat -> chat.forEach(subscriber -> subscriber.comment("heartbeat")));
	}

	int openStreams() {
		return subscribers.values().stream().mapToInt(Set::size).sum();
	}

	/** Adds the stream unless its chat has the most it may; counted and added in one step. */
	private boolean admit(Subscriber subscriber) {
		AtomicBoolean admitted = new AtomicBoolean();
		subscribers.compute(subscriber.chatId, (id, open) -> {
			Set<Subscriber> streams = open == null ? ConcurrentHashMap.newKeySet() : open;
			if (streams.size() < maxStreamsPerChat) {
				admitted.set(streams.add(subscriber));
			}
			return streams.isEmpty() ? null : streams;
		});
		return admitted.get();
	}

	/**
	 * Completes a stream that may be over already. A client that went away is found by the first
	 * write that fails, and by then Tomcat has ended the request itself and refuses to complete it
	 * again (IllegalStateException): thrown from the heartbeat, that stopped it at the first such
	 * stream, so that the streams behind it stayed open, and held their memory, until their own
	 * turn came, one heartbeat at a time.
	 */
	private static void end(SseEmitter emitter, Throwable failure) {
		try {
			if (failure == null) {
				emitter.complete();
			}
			else {
				emitter.completeWithError(failure);
			}
		}
		catch (IllegalStateException over) {
			log.debug("Event stream already ended: {}", over.getMessage());
		}
	}

	private void remove(Subscriber subscriber) {
		subscriber.open = false;
		subscribers.computeIfPresent(subscriber.chatId, (id, set) -> {
			set.remove(subscriber);
			return set.isEmpty() ? null : set;
		});
	}

	@Override
	public void start() {
		pushes = Executors.newScheduledThreadPool(2, new PushThreads());
		running = true;
	}

	/**
	 * Ends every open stream before the web server shuts down gracefully, which would otherwise wait
	 * for these never-ending requests; widgets reconnect (to another instance) with Last-Event-ID.
	 */
	@Override
	public void stop() {
		running = false;
		subscribers.values().forEach(chat -> chat.forEach(subscriber -> end(subscriber.emitter, null)));
		subscribers.clear();
		pushes.shutdown();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	private final class Subscriber {

		private final UUID chatId;

		private final SseEmitter emitter;

		private long lastSent;

		private boolean retrying;

		private volatile boolean open = true;

		Subscriber(UUID chatId, SseEmitter emitter, long lastSent) {
			this.chatId = chatId;
			this.emitter = emitter;
			this.lastSent = lastSent;
		}

		synchronized void catchUp() {
			List<TranscriptEntry> unsent;
			try {
				unsent = transcript.after(chatId, lastSent);
			}
			catch (DataAccessException ex) {
				log.debug("Transcript of chat {} unreadable, its stream tries again in {}: {}", chatId, RETRY,
						ex.getMessage());
				retryLater();
				return;
			}
			for (TranscriptEntry entry : unsent) {
				if (!send(SseEmitter.event()
					.id(String.valueOf(entry.seq()))
					.name(entry.kind().eventName())
					.data(entry))) {
					return;
				}
				lastSent = entry.seq();
			}
		}

		/** Once at a time: pushes meanwhile find the retry still to come and read everything it would. */
		private void retryLater() {
			if (retrying || !open || !running) {
				return;
			}
			retrying = true;
			try {
				pushes.schedule(() -> {
					synchronized (this) {
						retrying = false;
					}
					catchUp();
				}, RETRY.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				log.debug("Shutting down; chat {} stream ends without its latest entries", chatId);
			}
		}

		synchronized void comment(String text) {
			send(SseEmitter.event().comment(text));
		}

		private boolean send(SseEmitter.SseEventBuilder event) {
			try {
				emitter.send(event);
				return true;
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Event stream of chat {} closed: {}", chatId, ex.getMessage());
				remove(this);
				end(emitter, ex);
				return false;
			}
		}

	}

	private static final class PushThreads implements java.util.concurrent.ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "chat-stream-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
