package org.reachback.platform.web.ratelimit;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.ConsumptionProbe;

import org.reachback.platform.web.ProblemResponses;
import org.reachback.platform.web.ratelimit.RateLimitSettings.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Counts each request against the rules whose paths it matches, before authentication so that
 * floods of bad credentials are limited too. Every counted response carries the IETF draft's
 * {@code RateLimit-Policy} and {@code RateLimit} headers for the rule closest to its limit; a
 * request over a limit gets 429 problem details with {@code Retry-After}. When the database cannot
 * be reached the request goes on uncounted: the service answers 503 for its own work anyway, and a
 * limit must not turn a brief outage into refusals.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private final List<Matcher> matchers;

	private final RateLimiter limiter;

	RateLimitFilter(List<Rule> rules, RateLimiter limiter) {
		this.matchers = rules.stream().map(Matcher::new).toList();
		this.limiter = limiter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		Outcome closest = null;
		for (Matcher matcher : matchers) {
			String key = matcher.key(request, path);
			if (key == null) {
				continue;
			}
			Outcome outcome = take(matcher.rule, key);
			if (outcome == null) {
				continue;
			}
			if (!outcome.probe.isConsumed()) {
				refuse(request, response, outcome);
				return;
			}
			if (closest == null || outcome.probe.getRemainingTokens() < closest.probe.getRemainingTokens()) {
				closest = outcome;
			}
		}
		if (closest != null) {
			headers(response, closest);
		}
		chain.doFilter(request, response);
	}

	private Outcome take(Rule rule, String key) {
		try {
			return new Outcome(rule, limiter.take(rule, key));
		}
		catch (RuntimeException ex) {
			log.warn("Rate limit {} not counted, its store is unreachable: {}", rule.name(), ex.getMessage());
			return null;
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Outcome outcome)
			throws IOException {
		headers(response, outcome);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(outcome.probe.getNanosToWaitForRefill())));
		ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				"More than " + outcome.rule.requests() + " requests in " + outcome.rule.per().toSeconds()
						+ " s (limit " + outcome.rule.name() + "); try again after the time in Retry-After");
	}

	private static void headers(HttpServletResponse response, Outcome outcome) {
		Rule rule = outcome.rule;
		response.setHeader("RateLimit-Policy",
				"\"" + rule.name() + "\";q=" + rule.requests() + ";w=" + rule.per().toSeconds());
		response.setHeader("RateLimit", "\"" + rule.name() + "\";r=" + outcome.probe.getRemainingTokens() + ";t="
				+ seconds(outcome.probe.getNanosToWaitForReset()));
	}

	private static long seconds(long nanos) {
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
	}

	private record Outcome(Rule rule, ConsumptionProbe probe) {
	}

	/** Which requests a rule counts, and under which key. */
	private static final class Matcher {

		/** A longer path variable is no id this service issued (a signed link is about 150 characters). */
		private static final int MAX_KEY = 512;

		private final Rule rule;

		private final List<PathPattern> patterns;

		Matcher(Rule rule) {
			this.rule = rule;
			this.patterns = rule.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		}

		String key(HttpServletRequest request, PathContainer path) {
			if (!rule.methods().isEmpty() && !rule.methods().contains(request.getMethod())) {
				return null;
			}
			for (PathPattern pattern : patterns) {
				PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
				if (match != null) {
					return key(request, match.getUriVariables());
				}
			}
			return null;
		}

		private String key(HttpServletRequest request, Map<String, String> variables) {
			if (Rule.CLIENT.equals(rule.key())) {
				return request.getRemoteAddr();
			}
			String value = variables.get(rule.key());
			return value == null || value.length() > MAX_KEY ? null : value;
		}

	}

}
