package org.reachback.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

import org.reachback.infra.Directories;

/** One service running as a child JVM from its Spring Boot jar (extracted, for class-data sharing), its output in a log file. */
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
		Path extracted = extracted(jar);
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + service.maxHeap(), "-XX:+UseSerialGC",
				// Five services share two cores: C2's compilations cost more processor time in a run of
				// minutes than its code saves, and 40-50 MiB more memory each (docs/performance.md).
				"-XX:TieredStopAtLevel=1",
				// The heap starts small and grows with what is live, instead of starting at 1/64 of the
				// machine's memory; the harness measured each service 100 MiB smaller for the same speed.
				"-Xms16m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"));
		List<String> extra = extraJvmOptions(instance);
		if (extra.isEmpty()) {
			Path archive = extracted.resolveSibling(instance.name() + ".jsa");
			command.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
					: "-XX:ArchiveClassesAtExit=" + archive);
			// the archive's notes on the classes it leaves out (generated, failing verification) are no news
			command.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		}
		else {
			// JDK 17 crashes (SIGSEGV in check_shared_class_file_load_hook) mapping an archive of
			// application classes with the flight recorder on, so a run with options of its own has none
			command.addAll(extra);
		}
		command.addAll(List.of("-jar", extracted.toString(), "--server.port=" + instance.port()));
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
			// a first run writes its class-data archive as it exits, which takes a while with ten at once
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The service's jar extracted beside it ({@code target/cds/}), as Spring Boot's {@code tools}
	 * jar mode lays it out, made again whenever the jar is newer. Class-data sharing cannot read
	 * classes nested in a jar: from the extracted one, each instance's first run writes the classes it
	 * loaded to an archive when it exits ({@code -XX:ArchiveClassesAtExit}), and every later run maps
	 * them from there instead of loading and verifying them again, which is most of a service's
	 * start-up. A jar rebuilt with other bytes starts over without an archive; the build is
	 * reproducible, so a rebuild of the same sources keeps it. The jar is known by its size and
	 * checksum, not its time: reproducible jars all carry the same time.
	 */
	private static synchronized Path extracted(Path jar) throws IOException {
		Path directory = jar.resolveSibling("cds");
		Path extracted = directory.resolve(jar.getFileName());
		// which jar the directory holds
		Path source = directory.resolve("extracted-from");
		String built = Files.size(jar) + " " + checksum(jar);
		if (Files.isRegularFile(extracted) && Files.isRegularFile(source) && Files.readString(source).equals(built)) {
			return extracted;
		}
		Directories.delete(directory);
		Process extracting = new ProcessBuilder(javaExecutable(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", directory.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!extracting.waitFor(2, TimeUnit.MINUTES) || extracting.exitValue() != 0) {
				throw new IllegalStateException("Could not extract " + jar + " for class-data sharing");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while extracting " + jar, ex);
		}
		Files.writeString(source, built);
		return extracted;
	}

	/** CRC-32C of the jar's bytes (about 30 ms for intent-service's 213 MB). */
	private static String checksum(Path jar) throws IOException {
		CRC32C crc = new CRC32C();
		byte[] buffer = new byte[1 << 20];
		try (InputStream in = Files.newInputStream(jar)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				crc.update(buffer, 0, read);
			}
		}
		return Long.toHexString(crc.getValue());
	}

	/**
	 * JVM options for every service on top of the launcher's, from the system property
	 * {@code reachback.service.jvm-options} (space-separated; {@code {name}} becomes the instance's
	 * name): a profiling run's flight recorder, for instance. Such a run does without the
	 * class-data archives.
	 */
	private static List<String> extraJvmOptions(Instance instance) {
		return Arrays.stream(System.getProperty("reachback.service.jvm-options", "").trim().split("\\s+"))
			.filter(option -> !option.isEmpty())
			.map(option -> option.replace("{name}", instance.name()))
			.toList();
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
