package org.reachback.launcher.load;

import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Flow;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One chat's event stream as the harness's customer reads it: a subscriber of the stream's lines
 * (the HTTP client's own threads deliver them, so an open stream holds no thread of the driver),
 * which gives each answer the customer waits for to the operation waiting longest for it. The bot
 * answers each customer message with one entry (the questions are chosen so), so the first bot
 * entry after a message answers the oldest message still waiting.
 */
final class ChatStream implements Flow.Subscriber<String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Something the customer waits for: when it was due, and where its latency goes. */
	private record Waiting(long dueNanos, Latencies latencies) {

	}

	final String chatId;

	final String token;

	private final Deque<Waiting> botAnswers = new ConcurrentLinkedDeque<>();

	private final Deque<Waiting> scheduled = new ConcurrentLinkedDeque<>();

	/** The first callback prompt the bot shows: its id. */
	final CompletableFuture<String> prompt = new CompletableFuture<>();

	/** Completes when the stream ends or breaks, which nothing in the harness should cause. */
	final CompletableFuture<Void> ended = new CompletableFuture<>();

	private volatile Flow.Subscription subscription;

	ChatStream(String chatId, String token) {
		this.chatId = chatId;
		this.token = token;
	}

	/** The next bot entry answers an operation due at {@code dueNanos}, which {@code latencies} expects. */
	void awaitBot(long dueNanos, Latencies latencies) {
		botAnswers.add(new Waiting(dueNanos, latencies));
	}

	/** The next callback entry saying SCHEDULED ends an operation due at {@code dueNanos}, which {@code latencies} expects. */
	void awaitScheduled(long dueNanos, Latencies latencies) {
		scheduled.add(new Waiting(dueNanos, latencies));
	}

	/** An operation given to {@link #awaitBot} whose request failed: it waits no longer. */
	void forgetLastBot(String why) {
		forgetLast(botAnswers, why);
	}

	/** An operation given to {@link #awaitScheduled} whose request failed. */
	void forgetLastScheduled(String why) {
		forgetLast(scheduled, why);
	}

	private static void forgetLast(Deque<Waiting> waiting, String why) {
		Waiting last = waiting.pollLast();
		if (last != null) {
			last.latencies().fail(why);
		}
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	/** Closes the stream, as a customer leaving the page does. */
	void close() {
		Flow.Subscription open = subscription;
		if (open != null) {
			open.cancel();
		}
	}

	@Override
	public void onNext(String line) {
		if (!line.startsWith("data:")) {
			return;
		}
		JsonNode entry = JSON.readTree(line.substring("data:".length()));
		String kind = entry.path("kind").asString("");
		if ("BOT".equals(entry.path("speaker").asString("")) && ("message".equals(kind) || "prompt".equals(kind))) {
			answer(botAnswers);
		}
		if ("prompt".equals(kind)) {
			prompt.complete(entry.path("prompt").path("promptId").asString());
		}
		if ("callback".equals(kind) && "SCHEDULED".equals(entry.path("callback").path("status").asString(""))) {
			answer(scheduled);
		}
	}

	private static void answer(Deque<Waiting> waiting) {
		Waiting oldest = waiting.poll();
		if (oldest != null) {
			oldest.latencies().record(oldest.dueNanos());
		}
	}

	@Override
	public void onError(Throwable failure) {
		ended.complete(null);
	}

	@Override
	public void onComplete() {
		ended.complete(null);
	}

}
