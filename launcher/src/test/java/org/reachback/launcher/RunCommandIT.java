package org.reachback.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachback.testing.TestHttp;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * README's run command as a user types it: {@code java -jar launcher/target/launcher.jar}, from
 * the launcher's own jar (the other tests start the suite from their class path, which would hide
 * a dependency missing from the jar). It starts the whole suite, stops on a signal, and a second
 * start on the same data folder finds the chat the first one held.
 */
class RunCommandIT {

	private final TestHttp intent = TestHttp.onPort(Service.INTENT.port());

	@TempDir
	Path data;

	/** The launcher's output, which the first failing assertion should point at. */
	@TempDir
	Path output;

	@Test
	void theRunCommandStartsTheSuiteFromItsJarAndASecondRunKeepsTheData() throws Exception {
		SharedSuite.stop();
		String chatId;
		String token;
		Process first = run("--fresh");
		try {
			awaitRunning(first);
			JsonNode chat = intent.post("/api/v1/chats", null,
					Map.of("brand", "acme", "message", "What are your opening hours?")).expect(201);
			chatId = chat.path("chatId").asString();
			token = chat.path("token").asString();
			await().atMost(Duration.ofSeconds(30)).until(() -> transcript(chatId, token).size() >= 2);
		}
		finally {
			stop(first);
		}
		assertThat(first.exitValue()).as("stopped by a signal, as Ctrl-C would").isIn(0, 130, 143);

		Process second = run();
		try {
			awaitRunning(second);
			assertThat(transcript(chatId, token)).extracting(entry -> entry.path("text").asString())
				.contains("What are your opening hours?");
		}
		finally {
			stop(second);
		}
	}

	private Process run(String... options) throws IOException {
		Path home = Path.of(System.getProperty("reachback.home", "..")).toAbsolutePath().normalize();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", home.resolve("launcher/target/launcher.jar").toString(), "--data", data.toString()));
		command.addAll(List.of(options));
		return new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Files.createTempFile(output, "launcher", ".log").toFile())
			.start();
	}

	private void awaitRunning(Process launcher) {
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			assertThat(launcher.isAlive()).as("the launcher exited with " + (launcher.isAlive() ? 0 : launcher.exitValue()))
				.isTrue();
			return Arrays.stream(Service.values())
				.allMatch(service -> TestHttp.onPort(service.port()).statusOf("/actuator/health/readiness", null) == 200);
		});
	}

	private List<JsonNode> transcript(String chatId, String token) {
		return intent.get("/api/v1/chats/" + chatId + "/transcript", TestHttp.bearer(token))
			.expect(200)
			.valueStream()
			.toList();
	}

	private static void stop(Process launcher) throws InterruptedException {
		launcher.destroy();
		if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
			launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
