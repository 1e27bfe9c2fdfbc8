package org.reachback.launcher.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reachback.launcher.Instance;
import org.reachback.launcher.LocalSuite;
import org.reachback.launcher.Service;
import org.reachback.launcher.SharedSuite;
import org.reachback.launcher.chaos.Customers.Acknowledged;
import org.reachback.testing.TestHttp;
import org.reachback.testing.logs.LogGate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of every service on one broker and one database ({@code LocalSuite} with
 * {@code instances} 2), under the fault campaign's load without its faults: customers open a chat
 * on one instance of intent-service, follow its events and cancel on the other, and take the
 * callback on the first; agents look at each instance of interaction-manager and session-service
 * in turn. Meanwhile other customers hold a chat's event stream open on one instance and ask the
 * FAQ bot four questions, in turn on each instance, each after the answer to the last. Then every
 * campaign invariant must hold (no callback lost or doubled, no session beyond its attempts, no
 * transcript gap, double or reorder, nothing stuck, no event left in an outbox), and every followed
 * stream must have shown exactly the chat's stored transcript: each entry once, in order, whichever
 * instance wrote it.
 */
class TwoInstancesIT {

	private static final int REQUESTS = 120;

	private static final double PER_SECOND = 3;

	private static final int FOLLOWED_CHATS = 20;

	/** Questions the FAQ bot answers with one entry each, and how each answer starts. */
	private static final List<String> QUESTIONS = List.of("what are your opening hours", "what is your phone number",
			"are you open on sundays", "how can I contact you");

	private static final List<String> ANSWERS = List.of("We're open", "You can call us", "We're open", "You can call us");

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final List<String> SETTINGS = List.of("--reachback.web.rate-limits.enabled=false");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void twoInstancesOfEveryServiceKeepEveryCallbackOnceAndEveryStreamInOrder() throws Exception {
		SharedSuite.stop();
		Path logs;
		try (LocalSuite suite = LocalSuite.start(Path.of(System.getProperty("reachback.home", "..")), 0, SETTINGS, 2);
				Monitor monitor = new Monitor(URI.create("kafka://" + suite.kafkaBootstrapServers()).getPort());
				Agents agents = new Agents(ports(Service.INTERACTION), ports(Service.SESSION))) {
			logs = suite.logs();
			agents.start();
			Customers customers = new Customers(1, ports(Service.INTENT));
			CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
				try {
					customers.run(REQUESTS, PER_SECOND);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			List<FollowedChat> followed = followChats();
			load.get(10, TimeUnit.MINUTES);

			List<Acknowledged> acknowledged = customers.acknowledged();
			FaultCampaign.awaitSettled(suite.postgres(), acknowledged, customers.opened(), Duration.ofSeconds(60),
					Set.of());
			agents.stopAccepting();
			FaultCampaign.awaitSettled(suite.postgres(), acknowledged, customers.opened(), Duration.ofSeconds(60),
					Set.of("SCHEDULED", "DUE"));
			Invariants invariants = Invariants.check(suite.postgres().jdbcUrl(), suite.postgres().username(),
					suite.postgres().password(), acknowledged, customers.cancelled(), customers.opened(),
					monitor.deadLetters());

			assertThat(customers.refusals()).isEmpty();
			assertThat(customers.abandoned()).isEmpty();
			assertThat(acknowledged).hasSize(REQUESTS);
			assertThat(invariants.hold()).as(invariants.toString()).isTrue();
			assertThat(agents.completed()).as("callbacks the agents completed").isPositive();
			for (FollowedChat chat : followed) {
				chat.close();
				List<Long> stored = TestHttp.onPort(Service.INTENT.port())
					.get("/api/v1/chats/" + chat.chatId + "/transcript", TestHttp.bearer(chat.token))
					.expect(200)
					.valueStream()
					.map(entry -> entry.path("seq").asLong())
					.toList();
				assertThat(chat.seqs()).as("chat %s's stream against its stored transcript", chat.chatId)
					.containsExactlyElementsOf(stored);
				assertThat(chat.customerTexts()).containsExactlyElementsOf(QUESTIONS);
			}
		}
		LogGate.assertClean(logs);
	}

	/**
	 * Opens {@link #FOLLOWED_CHATS} chats, each with its stream on the instance it was not opened
	 * on, and has each ask the questions in turn on alternate instances, each once the last was
	 * answered on the stream; returns once every chat has had its four answers.
	 */
	private static List<FollowedChat> followChats() throws Exception {
		ExecutorService chats = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<FollowedChat>> running = IntStream.range(0, FOLLOWED_CHATS)
				.mapToObj(chat -> CompletableFuture.supplyAsync(() -> converse(chat), chats))
				.toList();
			List<FollowedChat> followed = new ArrayList<>();
			for (CompletableFuture<FollowedChat> chat : running) {
				followed.add(chat.get(5, TimeUnit.MINUTES));
			}
			return followed;
		}
		finally {
			chats.shutdownNow();
		}
	}

	private static FollowedChat converse(int chat) {
		List<TestHttp> intents = ports(Service.INTENT).stream().map(TestHttp::onPort).toList();
		JsonNode opened = intents.get(chat % 2)
			.post("/api/v1/chats", null, Map.of("brand", "acme", "message", QUESTIONS.get(0)))
			.expect(201);
		FollowedChat followed = new FollowedChat(opened.path("chatId").asString(), opened.path("token").asString(),
				intents.get((chat + 1) % 2));
		followed.awaitBotAnswers(1);
		assertThat(followed.lastBotText()).startsWith(ANSWERS.get(0));
		for (int question = 1; question < QUESTIONS.size(); question++) {
			intents.get((chat + question) % 2)
				.post("/api/v1/chats/" + followed.chatId + "/messages", TestHttp.bearer(followed.token),
						Map.of("text", QUESTIONS.get(question)))
				.expect(202);
			followed.awaitBotAnswers(question + 1);
			assertThat(followed.lastBotText()).startsWith(ANSWERS.get(question));
		}
		return followed;
	}

	private static List<Integer> ports(Service service) {
		return List.of(Instance.first(service).port(), new Instance(service, 1).port());
	}

	/** A chat whose event stream is held open on one instance, from its first entry on. */
	private static final class FollowedChat {

		final String chatId;

		final String token;

		private final List<JsonNode> entries = new CopyOnWriteArrayList<>();

		private final Thread reader;

		private volatile Stream<String> lines;

		FollowedChat(String chatId, String token, TestHttp on) {
			this.chatId = chatId;
			this.token = token;
			HttpRequest events = on.request("/api/v1/chats/" + chatId + "/events", TestHttp.bearer(token))
				.setHeader("Accept", "text/event-stream")
				.GET()
				.build();
			this.reader = new Thread(() -> read(on, events), "follow-" + chatId);
			reader.setDaemon(true);
			reader.start();
		}

		private void read(TestHttp on, HttpRequest events) {
			try {
				HttpResponse<Stream<String>> response = on.client().send(events, HttpResponse.BodyHandlers.ofLines());
				lines = response.body();
				lines.filter(line -> line.startsWith("data:"))
					.forEach(line -> entries.add(JSON.readTree(line.substring("data:".length()))));
			}
			catch (IOException | UncheckedIOException closed) {
				// closed by the test
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		void awaitBotAnswers(int count) {
			await().atMost(PATIENCE).until(() -> botEntries().size() >= count);
		}

		String lastBotText() {
			List<JsonNode> bot = botEntries();
			return bot.get(bot.size() - 1).path("text").asString();
		}

		private List<JsonNode> botEntries() {
			return entries.stream().filter(entry -> "BOT".equals(entry.path("speaker").asString())).toList();
		}

		List<Long> seqs() {
			return entries.stream().map(entry -> entry.path("seq").asLong()).toList();
		}

		List<String> customerTexts() {
			return entries.stream()
				.filter(entry -> "CUSTOMER".equals(entry.path("speaker").asString()))
				.map(entry -> entry.path("text").asString())
				.toList();
		}

		void close() throws InterruptedException {
			Stream<String> open = lines;
			if (open != null) {
				open.close();
			}
			reader.interrupt();
			reader.join(5_000);
		}

	}

}
