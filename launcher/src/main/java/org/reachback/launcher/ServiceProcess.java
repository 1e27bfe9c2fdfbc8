package org.reachback.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service running as a child JVM from its Spring Boot jar, its output in a log file. */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Instance instance;

	private final Process process;

	private final Path log;

	private ServiceProcess(Instance instance, Process process, Path log) {
		this.instance = instance;
		this.process = process;
		this.log = log;
	}

	static ServiceProcess start(Path home, Instance instance, Path logs, List<String> settings) throws IOException {
		Service service = instance.service();
		Path jar = home.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing; build first: ./mvnw -B -DskipTests package");
		}
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + service.maxHeap(), "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + instance.port()));
		command.addAll(settings);
		Path log = logs.resolve(instance.name() + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.directory(home.toFile())
			.start();
		return new ServiceProcess(instance, process, log);
	}

	void awaitHealthy(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		HttpRequest health = HttpRequest
			.newBuilder(URI.create("http://localhost:" + instance.port() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(instance.name() + " exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			TimeUnit.MILLISECONDS.sleep(500);
		}
		throw new IllegalStateException(instance.name() + " was not healthy within " + timeout + "; see " + log);
	}

	long pid() {
		return process.pid();
	}

	/** Completes when the process has exited, for whatever reason. */
	CompletableFuture<Process> onExit() {
		return process.onExit();
	}

	/** The exit code of a process that has exited. */
	int exitCode() {
		return process.exitValue();
	}

	Path log() {
		return log;
	}

	/** Asks the service to shut down gracefully; {@link #awaitStop()} waits for it. */
	void requestStop() {
		process.destroy();
	}

	/** Kills the service at once (SIGKILL), as a crash would: nothing of it runs its shutdown. */
	void kill() {
		try {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	void awaitStop() {
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
