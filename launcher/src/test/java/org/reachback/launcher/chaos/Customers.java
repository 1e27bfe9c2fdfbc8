package org.reachback.launcher.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.reachback.launcher.Service;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestHttp.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers who each open a chat, ask the billing bot something it cannot answer, wait on the
 * chat's event stream for the callback prompt and take the callback it offers in the chat, through
 * the public API only, at a fixed arrival rate (an open loop: a slow or failing suite does not
 * slow the arrivals down). Like a widget, a customer repeats a step that failed for want of an
 * answer (no connection, a 5xx, a 429) until two minutes have passed, pausing longer after each
 * failure (250 ms, doubling up to 5 s, each pause between half and all of that at random, so that
 * customers who failed together do not all come back together); a repeated prompt answer returns
 * the callback the first one booked. Every tenth customer cancels the callback as soon as it is
 * booked, which races the request through the suite. A request is acknowledged once the answer
 * returns its callback id: from then on the suite owes the callback. Each request's latency runs
 * from when it was due to start, so time spent queued behind slow ones counts (no coordinated
 * omission).
 */
final class Customers {

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	/** Every tenth customer cancels their callback right after booking it. */
	private static final int CANCEL_EVERY = 10;

	/** The first pause before repeating a step, doubled on every failure up to {@link #LONGEST_PAUSE}. */
	private static final Duration PAUSE = Duration.ofMillis(250);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One acknowledged request: whose chat, which number, which callback, and how long it took. */
	record Acknowledged(int request, String chatId, String token, String phone, String callbackId, long startNanos,
			long latencyNanos) {

	}

	/** intent-service's instances: a customer opens the chat on one and follows its events on the next. */
	private final List<TestHttp> intents;

	private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

	private final Queue<String> cancelled = new ConcurrentLinkedQueue<>();

	private final Queue<String> abandoned = new ConcurrentLinkedQueue<>();

	private final Queue<String> opened = new ConcurrentLinkedQueue<>();

	private final AtomicInteger repeats = new AtomicInteger();

	private final Queue<String> refusals = new ConcurrentLinkedQueue<>();

	private final long seed;

	Customers(long seed) {
		this(seed, List.of(Service.INTENT.port()));
	}

	/** Customers who spread over the instances of intent-service on {@code intentPorts}. */
	Customers(long seed, List<Integer> intentPorts) {
		this.seed = seed;
		this.intents = intentPorts.stream().map(TestHttp::onPort).toList();
	}

	/** Sends {@code requests} requests at {@code perSecond} and returns once each is acknowledged or abandoned. */
	void run(int requests, double perSecond) throws InterruptedException {
		ExecutorService customers = Executors.newFixedThreadPool(128);
		ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		long period = Math.round(1e9 / perSecond);
		arrivals.scheduleAtFixedRate(() -> {
			int request = next.getAndIncrement();
			if (request >= requests) {
				arrivals.shutdown();
				return;
			}
			long due = start + request * period;
			customers.execute(() -> request(request, due));
		}, 0, period, TimeUnit.NANOSECONDS);
		arrivals.awaitTermination(1, TimeUnit.DAYS);
		customers.shutdown();
		customers.awaitTermination(1, TimeUnit.DAYS);
	}

	List<Acknowledged> acknowledged() {
		return List.copyOf(acknowledged);
	}

	/** The callbacks whose cancellation the chat API acknowledged (202). */
	List<String> cancelled() {
		return List.copyOf(cancelled);
	}

	/** Requests given up after two minutes without an answer: which, at what step, and in which chat. */
	List<String> abandoned() {
		return List.copyOf(abandoned);
	}

	/** Every chat the chat API opened (201), acknowledged or not: each is owed the bot's answer. */
	List<String> opened() {
		return List.copyOf(opened);
	}

	/** Steps a customer had to repeat. */
	int repeats() {
		return repeats.get();
	}

	/** Answers a customer could not get past that were not for want of an answer (4xx); should be none. */
	List<String> refusals() {
		return List.copyOf(refusals);
	}

	/**
	 * A valid UK mobile number of its own for every request of every seed: one open callback per
	 * number. libphonenumber knows every number of 07400 as valid; under 07911, which this used
	 * before, half the ranges are unassigned, and seeds 6 to 13 asked with numbers the API refused.
	 */
	static String phone(long seed, int request) {
		return String.format("+447400%06d", (seed * 50_000 + request) % 1_000_000);
	}

	private void request(int request, long due) {
		long deadline = due + PATIENCE.toNanos();
		String phone = phone(seed, request);
		// with several instances, what a customer does on one the stream on the next must show
		TestHttp intent = intents.get(request % intents.size());
		TestHttp following = intents.get((request + 1) % intents.size());
		Optional<JsonNode> chat = step("request " + request + " opening its chat", deadline, 201, () -> intent.post("/api/v1/chats", null,
				Map.of("brand", "acme", "message", "I was charged twice for the same order and want to dispute the charge",
						"customer", Map.of("name", "Customer " + request, "timeZone", "Europe/London", "locale", "en-GB"))));
		if (chat.isEmpty()) {
			return;
		}
		String chatId = chat.get().path("chatId").asString();
		String token = chat.get().path("token").asString();
		opened.add(chatId);
		Optional<String> promptId = awaitPrompt(following, "request " + request + " in chat " + chatId, chatId, token,
				deadline);
		if (promptId.isEmpty()) {
			return;
		}
		Optional<JsonNode> answer = step("request " + request + " answering prompt " + promptId.get() + " in chat " + chatId,
				deadline, 202,
				() -> intent.post("/api/v1/chats/" + chatId + "/prompts/" + promptId.get(), TestHttp.bearer(token),
						Map.of("option", "callback-asap", "phone", phone, "media", "chat")));
		if (answer.isEmpty()) {
			return;
		}
		String callbackId = answer.get().path("callbackId").asString();
		acknowledged.add(new Acknowledged(request, chatId, token, phone, callbackId, due, System.nanoTime() - due));
		if (request % CANCEL_EVERY == CANCEL_EVERY - 1) {
			// 409: an agent has already taken it, which the customer is told; not a cancellation to keep
			answer("request " + request + " cancelling callback " + callbackId, deadline, Set.of(202, 409),
					() -> following.delete("/api/v1/callbacks/" + callbackId, TestHttp.bearer(token)))
				.filter(response -> response.status() == 202)
				.ifPresent(response -> cancelled.add(callbackId));
		}
	}

	/**
	 * Reads the chat's event stream, as the widget does, until the bot's prompt; opens it again
	 * (replaying from the start) when it breaks, and gives up at the deadline.
	 */
	private Optional<String> awaitPrompt(TestHttp intent, String who, String chatId, String token, long deadline) {
		HttpRequest events = intent.request("/api/v1/chats/" + chatId + "/events", TestHttp.bearer(token))
			.setHeader("Accept", "text/event-stream")
			.GET()
			.build();
		for (int failures = 0; System.nanoTime() < deadline; failures++) {
			if (failures > 0) {
				repeats.incrementAndGet();
				pause(failures);
			}
			try {
				HttpResponse<Stream<String>> stream = intent.client().send(events, HttpResponse.BodyHandlers.ofLines());
				if (stream.statusCode() != 200) {
					stream.body().close();
					if (stream.statusCode() < 500 && stream.statusCode() != 429) {
						refusals.add(stream.statusCode() + " on the event stream");
						return Optional.empty();
					}
					continue;
				}
				try (Stream<String> lines = stream.body()) {
					// a heartbeat comes every 15 s, so the deadline is looked at at least that often
					Optional<String> prompt = lines.takeWhile(line -> System.nanoTime() < deadline)
						.filter(line -> line.startsWith("data:") && line.contains("\"promptId\""))
						.map(line -> JSON.readTree(line.substring("data:".length())).path("prompt").path("promptId"))
						.filter(JsonNode::isString)
						.map(JsonNode::asString)
						.findFirst();
					if (prompt.isPresent()) {
						return prompt;
					}
				}
			}
			catch (IOException | UncheckedIOException broken) {
				// the service went away or the connection was cut: open the stream again
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		abandoned.add(who + " awaiting the prompt");
		return Optional.empty();
	}

	/** Waits longer after each failure: 250 ms doubling up to 5 s, between half and all of that at random. */
	private static void pause(int failures) {
		long pause = Math.min(LONGEST_PAUSE.toNanos(), PAUSE.toNanos() << Math.min(failures - 1, 10));
		LockSupport.parkNanos(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2));
	}

	/** Sends until the expected status, repeating what failed for want of an answer until the deadline. */
	private Optional<JsonNode> step(String who, long deadline, int expected, Supplier<Response> send) {
		return answer(who, deadline, Set.of(expected), send).map(Response::body);
	}

	/**
	 * Sends until one of the {@code expected} statuses, repeating what failed for want of an answer
	 * until the deadline; any other answer is a refusal.
	 */
	private Optional<Response> answer(String who, long deadline, Set<Integer> expected, Supplier<Response> send) {
		for (int failures = 0;; failures++) {
			if (failures > 0) {
				repeats.incrementAndGet();
				pause(failures);
			}
			if (System.nanoTime() > deadline) {
				abandoned.add(who + " after " + failures + " tries");
				return Optional.empty();
			}
			Response response;
			try {
				response = send.get();
			}
			catch (RuntimeException noAnswer) {
				continue;
			}
			if (expected.contains(response.status())) {
				return Optional.of(response);
			}
			if (response.status() < 500 && response.status() != 429) {
				refusals.add(response.status() + " " + response.text());
				return Optional.empty();
			}
		}
	}

}
