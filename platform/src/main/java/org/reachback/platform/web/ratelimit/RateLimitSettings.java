package org.reachback.platform.web.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The request rates a service allows, under {@code reachback.web.rate-limits}: each rule counts the
 * requests to its paths per key (the client's address, or a path variable such as the chat or the
 * agent) and refuses more than {@code requests} in {@code per} with 429.
 *
 * @param enabled whether any rule applies (load runs turn them off)
 * @param rules the rules; a request counts against every rule whose paths match it. None set: 1,200
 * requests a minute per client address to {@code /api/**}. A service that sets its own replaces
 * that default (it is here rather than in {@code reachback-platform.yml}, whose values a service's
 * own configuration could not replace, an imported file taking precedence over its importer).
 */
@ConfigurationProperties("reachback.web.rate-limits")
public record RateLimitSettings(Boolean enabled, List<Rule> rules) {

	public RateLimitSettings {
		enabled = enabled == null || enabled;
		rules = rules == null ? List.of(PER_CLIENT) : List.copyOf(rules);
	}

	private static final Rule PER_CLIENT = new Rule("per-client", List.of("/api/**"), List.of(), Rule.CLIENT, 1200,
			Duration.ofMinutes(1));

	public boolean on() {
		return enabled && !rules.isEmpty();
	}

	/**
	 * @param name names the rule in the {@code RateLimit} headers and the bucket keys
	 * @param paths Spring path patterns, e.g. {@code /api/v1/chats/{chatId}/**}
	 * @param methods the HTTP methods counted; none: all
	 * @param key {@code client} (the client's address) or the name of a path variable of {@code paths}
	 * @param requests how many requests a key may make in {@code per}, also the largest burst
	 */
	public record Rule(String name, List<String> paths, List<String> methods, String key, int requests, Duration per) {

		public static final String CLIENT = "client";

		public Rule {
			if (name == null || name.isBlank() || !name.matches("[a-z0-9-]+")) {
				throw new IllegalArgumentException("A rate limit rule needs a name of lower-case letters, digits and '-'");
			}
			paths = paths == null ? List.of() : List.copyOf(paths);
			methods = methods == null ? List.of() : methods.stream().map(String::toUpperCase).toList();
			key = key == null ? CLIENT : key;
			if (paths.isEmpty() || requests < 1 || per == null || per.isNegative() || per.isZero()) {
				throw new IllegalArgumentException("Rate limit rule " + name + " needs paths, requests >= 1 and a period");
			}
		}

	}

}
