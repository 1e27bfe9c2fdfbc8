package org.reachback.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

/**
 * A real SIP phone for tests: a sipp process (Debian package {@code sip-tester}) playing one of the
 * scenarios under {@code sipp/} as a user agent server on 127.0.0.1, for one call. It stands in for a
 * human's phone (an agent's desk phone, a customer's mobile behind a carrier), the one thing outside
 * the system; the SIP it speaks is real. After the call, {@link #exitCode()} says whether the call
 * went exactly as the scenario expects (sipp answers 0 only then) and {@link #received()} lists
 * what reached the phone, from sipp's message trace.
 */
public final class SipPhone implements AutoCloseable {

	/** How the phone behaves. */
	public enum Scenario {

		/** Rings, answers with an audio offer, and waits for the caller's BYE. */
		ANSWER_THEN_WAIT_FOR_BYE("answer-then-wait-for-bye.xml"),

		/** Rings, answers, and hangs up first after a second. */
		ANSWER_THEN_HANG_UP("answer-then-hang-up.xml"),

		/** Answers 486 Busy Here. */
		BUSY("busy.xml"),

		/** Rings until the caller cancels; answers the CANCEL and the INVITE with 487. */
		RING_UNTIL_CANCELLED("ring-until-cancelled.xml"),

		/** Answers 404 Not Found. */
		NOT_FOUND("not-found.xml"),

		/** Rings, then answers 603 Decline. */
		DECLINE("decline.xml"),

		/**
		 * A trunk that challenges with 401 and answers the INVITE that carries digest credentials for
		 * user {@code reachback}, password {@code trunk-secret} (403 to any other), then waits for BYE.
		 */
		CHALLENGE_THEN_ANSWER("challenge-then-answer.xml");

		private final String file;

		Scenario(String file) {
			this.file = file;
		}

	}

	private static final Pattern RECEIVED = Pattern
		.compile("(?m)^(?:UDP|TCP) message received \\[\\d+\\] bytes :\\s*\\n\\s*\\n([^\\r\\n]+)");

	private final Process process;

	private final Path messages;

	private final int port;

	private SipPhone(Process process, Path messages, int port) {
		this.process = process;
		this.messages = messages;
		this.port = port;
	}

	/**
	 * Starts sipp answering one call on {@code 127.0.0.1:port} over {@code transport} ({@code udp}
	 * or {@code tcp}), and waits until it listens.
	 */
	public static SipPhone answering(int port, String transport, Scenario scenario, Path workDir) {
		return answering(port, transport, scenario, workDir, 1);
	}

	/** Answering {@code calls} calls, as many at once as come, then exiting. */
	public static SipPhone answering(int port, String transport, Scenario scenario, Path workDir, int calls) {
		try {
			Files.createDirectories(workDir);
			Path file = workDir.resolve(scenario.file);
			try (InputStream xml = SipPhone.class.getResourceAsStream("/sipp/" + scenario.file)) {
				Files.copy(xml, file, StandardCopyOption.REPLACE_EXISTING);
			}
			Path messages = workDir.resolve("phone-" + port + "-" + System.nanoTime() + ".log");
			List<String> command = new ArrayList<>(List.of("sipp", "-sf", file.toString(), "-i", "127.0.0.1", "-p",
					String.valueOf(port), "-m", String.valueOf(calls), "-nostdin", "-timeout", "90s", "-timeout_error", "-trace_msg",
					"-message_file", messages.toString()));
			if (transport.toLowerCase(Locale.ROOT).equals("tcp")) {
				command.addAll(List.of("-t", "t1"));
			}
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(workDir.resolve("sipp-" + port + ".out").toFile())
				.start();
			SipPhone phone = new SipPhone(process, messages, port);
			phone.awaitListening(transport);
			return phone;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start sipp (apt-get install sip-tester)", ex);
		}
	}

	/** Answering over UDP. */
	public static SipPhone answering(int port, Scenario scenario, Path workDir) {
		return answering(port, "udp", scenario, workDir);
	}

	/** A port on 127.0.0.1 free for both UDP and TCP right now. */
	public static int freePort() {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
					DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress())) {
				return udp.getLocalPort();
			}
			catch (IOException ex) {
				// taken for UDP: try another
			}
		}
		throw new IllegalStateException("No port free for both UDP and TCP");
	}

	/**
	 * Waits for the call to end and sipp to exit.
	 * @return sipp's exit code: 0 when the call went exactly as the scenario expects, 1 when it did
	 * not (an unexpected message, a timeout)
	 */
	public int exitCode(Duration within) {
		try {
			if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError("sipp on port " + port + " still running after " + within
						+ "; it received " + received());
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public int exitCode() {
		return exitCode(Duration.ofSeconds(60));
	}

	/** The request methods and response codes that reached the phone, in order ({@code INVITE}, {@code ACK}, ...). */
	public List<String> received() {
		return firstLines().stream()
			.map(line -> line.startsWith("SIP/2.0 ") ? line.split(" ")[1] : line.split(" ")[0])
			.toList();
	}

	/** The whole text of every message that reached the phone, in order. */
	public List<String> receivedMessages() {
		String trace = trace();
		List<String> texts = new ArrayList<>();
		Matcher matcher = Pattern.compile("(?m)^(?:UDP|TCP) message received \\[\\d+\\] bytes :\\s*\\n\\s*\\n")
			.matcher(trace);
		List<Integer> starts = new ArrayList<>();
		while (matcher.find()) {
			starts.add(matcher.end());
		}
		for (int i = 0; i < starts.size(); i++) {
			int end = trace.indexOf("\n----------", starts.get(i));
			texts.add(trace.substring(starts.get(i), end < 0 ? trace.length() : end).strip());
		}
		return texts;
	}

	private List<String> firstLines() {
		List<String> lines = new ArrayList<>();
		Matcher matcher = RECEIVED.matcher(trace());
		while (matcher.find()) {
			lines.add(matcher.group(1));
		}
		return lines;
	}

	private String trace() {
		try {
			return Files.exists(messages) ? Files.readString(messages) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitListening(String transport) {
		Awaitility.await("sipp listening on " + port)
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException(
							"sipp exited with " + process.exitValue() + " before listening on " + port);
				}
				return bound(transport);
			});
	}

	/**
	 * Whether something listens on the port, read from the kernel's socket tables (Linux) rather
	 * than by trying to bind it, which would race sipp's own bind and make it exit.
	 */
	private boolean bound(String transport) {
		boolean tcp = transport.equalsIgnoreCase("tcp");
		String hexPort = String.format(":%04X", port);
		for (String table : tcp ? List.of("/proc/net/tcp", "/proc/net/tcp6") : List.of("/proc/net/udp", "/proc/net/udp6")) {
			try {
				for (String line : Files.readAllLines(Path.of(table))) {
					String[] fields = line.trim().split("\\s+");
					// local_address is the second field; a TCP socket listens in state 0A
					if (fields.length > 3 && fields[1].endsWith(hexPort) && (!tcp || fields[3].equals("0A"))) {
						return true;
					}
				}
			}
			catch (IOException ex) {
				// no such table (no IPv6): look in the other
			}
		}
		return false;
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				// gone before the next phone binds the same port
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
