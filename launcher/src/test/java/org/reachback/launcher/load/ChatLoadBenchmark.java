package org.reachback.launcher.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reachback.launcher.LocalSuite;
import org.reachback.launcher.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load driver for journey 1 across the whole suite: virtual customers open chats and wait, on the
 * chat's server-sent events, for the bot's answer; a closed loop, so each customer asks again as
 * soon as they are answered. Reports chats answered per second, time to the bot's answer, and each
 * service's resident memory afterwards. Not part of {@code verify}: run it with
 * {@code ./mvnw -B -pl launcher -am -DskipTests -Pload verify} (see docs/benchmarks.md).
 */
class ChatLoadBenchmark {

	private static final List<String> QUESTIONS = List.of("What are your opening hours?",
			"when do you open on saturday", "how can I contact you", "where is your nearest store",
			"what's my account balance", "which payment methods do you accept", "how long does delivery take",
			"how do I reset my password");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void journeyOneUnderLoad() throws Exception {
		int customers = Integer.getInteger("load.customers", 8);
		Duration warmUp = Duration.ofSeconds(Long.getLong("load.warmup-seconds", 15));
		Duration measure = Duration.ofSeconds(Long.getLong("load.seconds", 60));
		try (LocalSuite suite = LocalSuite.start(Path.of(System.getProperty("reachback.home", "..")), 0)) {
			run(customers, warmUp);
			List<Long> latencies = run(customers, measure);

			Collections.sort(latencies);
			System.out.printf("%nJourney 1 load: %d customers, %d s%n", customers, measure.toSeconds());
			System.out.printf("  chats answered: %d (%.1f/s)%n", latencies.size(),
					latencies.size() / (double) measure.toSeconds());
			System.out.printf("  time to bot answer: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
					percentile(latencies, 0.50), percentile(latencies, 0.90), percentile(latencies, 0.99),
					latencies.get(latencies.size() - 1));
			for (Map.Entry<Service, Long> service : suite.processIds().entrySet()) {
				System.out.printf("  %-20s resident memory %d MiB%n", service.getKey().module(),
						residentKib(service.getValue()) / 1024);
			}
			assertThat(latencies).isNotEmpty();
		}
	}

	private List<Long> run(int customers, Duration duration) throws InterruptedException {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long deadline = System.nanoTime() + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(customers);
		for (int i = 0; i < customers; i++) {
			pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					latencies.add(askAndWaitForTheBot());
				}
				return null;
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
		return new ArrayList<>(latencies);
	}

	/** Opens a chat, follows its events until the bot answers, and returns the milliseconds taken. */
	private long askAndWaitForTheBot() throws IOException, InterruptedException {
		String question = QUESTIONS.get(ThreadLocalRandom.current().nextInt(QUESTIONS.size()));
		long start = System.nanoTime();
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/v1/chats"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("brand", "acme", "message", question))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode chat = json.readTree(created.body());
		HttpRequest events = HttpRequest
			.newBuilder(URI.create("http://localhost:8080/api/v1/chats/" + chat.path("chatId").asString() + "/events"))
			.header("Authorization", "Bearer " + chat.path("token").asString())
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(30))
			.build();
		try (Stream<String> lines = http.send(events, HttpResponse.BodyHandlers.ofLines()).body()) {
			boolean answered = lines.anyMatch(line -> line.startsWith("data:") && line.contains("\"speaker\":\"BOT\""));
			assertThat(answered).as("bot answered '%s'", question).isTrue();
		}
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	private static long percentile(List<Long> sorted, double fraction) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1));
	}

	private static long residentKib(long pid) {
		try (Stream<String> status = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
			return status.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
