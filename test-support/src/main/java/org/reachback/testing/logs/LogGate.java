package org.reachback.testing.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No log line of the suite may hold a customer's personal data: a full phone number (E.164; a
 * masked one such as {@code +44******0958} is fine), a chat token, or a customer's message text.
 * The tests' HTTP client remembers every token it is given and every message text and number it
 * sends ({@link #remember}); log lines are checked as they are written in the tests' own JVM
 * ({@link LogGateAppender}) and in the log files of the services the launcher's tests run
 * ({@link #assertClean(Path)}).
 */
public final class LogGate {

	/** A plus and 8 to 15 digits: a whole number in E.164, not part of a longer run of digits. */
	private static final Pattern E164 = Pattern.compile("(?<![\\w+])\\+[1-9]\\d{7,14}(?!\\d)");

	/** Shorter texts ("hello", "yes") also occur in the suite's own words, so only longer ones are secrets. */
	private static final int SHORTEST_SECRET = 12;

	/**
	 * The secrets by their first {@link #SHORTEST_SECRET} characters, so that a line is checked by
	 * looking up each of its positions rather than searching it for every secret: the fault
	 * campaign remembers tens of thousands of them.
	 */
	private static final Map<String, Set<String>> SECRETS = new ConcurrentHashMap<>();

	private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

	private LogGate() {
	}

	/** A token, a message text or a phone number a test gave or was given; none may be logged. */
	public static void remember(String secret) {
		if (secret != null && secret.strip().length() >= SHORTEST_SECRET) {
			String stripped = secret.strip();
			SECRETS.computeIfAbsent(stripped.substring(0, SHORTEST_SECRET), prefix -> ConcurrentHashMap.newKeySet())
				.add(stripped);
		}
	}

	/** @return what in {@code line} is personal data, if anything */
	public static Optional<String> violation(String line) {
		Matcher number = E164.matcher(line);
		if (number.find()) {
			return Optional.of("a phone number (" + mask(number.group()) + ")");
		}
		for (int at = 0; at + SHORTEST_SECRET <= line.length(); at++) {
			Set<String> candidates = SECRETS.get(line.substring(at, at + SHORTEST_SECRET));
			if (candidates != null) {
				for (String secret : candidates) {
					if (line.startsWith(secret, at)) {
						return Optional.of("a customer's token, text or number (" + secret.substring(0, 4) + "…)");
					}
				}
			}
		}
		return Optional.empty();
	}

	static void record(String source, String line) {
		violation(line).ifPresent(what -> VIOLATIONS.add(source + " logged " + what));
	}

	/** Fails with every violation recorded in this JVM since the last call, and forgets them. */
	public static void assertNoViolations() {
		List<String> found = new ArrayList<>(VIOLATIONS);
		VIOLATIONS.clear();
		assertThat(found).as("log lines with personal data").isEmpty();
	}

	/** Fails naming each line of the {@code *.log} files under {@code logs} that holds personal data. */
	public static void assertClean(Path logs) {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.list(logs)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					int lineNumber = i + 1;
					violation(lines.get(i)).ifPresent(what -> found.add(file.getFileName() + ":" + lineNumber + " " + what));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(found).as("log lines with personal data").isEmpty();
	}

	/** How a number may appear in a log: country code and last four digits. */
	static String mask(String e164) {
		int keep = Math.min(3, e164.length() - 5);
		return e164.substring(0, keep) + "*".repeat(e164.length() - keep - 4) + e164.substring(e164.length() - 4);
	}

}
