package org.reachback.interaction.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin dashboard's files as the browser tests and the Content-Security-Policy need them: no
 * inline script or style, the chart library from its WebJar, every hook the tests use, and no way
 * for data to become markup.
 */
class AdminPageTest {

	private static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";

	/** Hooks in the page itself, each once. */
	private static final List<String> PAGE_HOOKS = List.of("sign-in", "sign-in-error", "callbacks-by-state",
			"containment", "offer-acceptance", "reasons", "reason-filter", "capacity-queue", "capacity-chart", "status");

	/** Hooks on what the script builds from the figures: queues, agents, callbacks, reasons. */
	private static final List<String> BUILT_HOOKS = List.of("queue-row", "agent-row", "agent-state", "callback-state",
			"reason-row");

	/** The figures of a queue, each a {@code [hook, label]} of the script's {@code QUEUE_FIGURES}. */
	private static final List<String> QUEUE_FIGURES = List.of("waiting", "callbacks-pending", "agents-available",
			"agents-staffed", "estimated-wait");

	@Test
	void thePageHasNoInlineScriptStyleOrHandlerAndLoadsChartJsFromItsWebJar() {
		String page = read("/static/admin/index.html");

		assertThat(page).doesNotContainPattern("(?i)<style").doesNotContainPattern("(?i)\\sstyle\\s*=")
			.doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainPattern("(?i)javascript:");
		Matcher scripts = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script>").matcher(page);
		List<String> sources = scripts.results().map(script -> {
			assertThat(script.group(2)).isBlank();
			return script.group(1).trim();
		}).toList();
		assertThat(sources).containsExactly("src=\"" + CHART_JS + "\" defer", "type=\"module\" src=\"/admin/admin.js\"");
		assertThat(AdminPageTest.class.getResource("/META-INF/resources" + CHART_JS)).isNotNull();
		assertThat(page).contains("<html lang=\"en\">", "<title>", "<main", "<h1>", "role=\"status\"",
				"aria-live=\"polite\"");
	}

	@Test
	void everyHookOfTheBrowserTestsIsThere() {
		String page = read("/static/admin/index.html");
		String script = read("/static/admin/admin.js");

		for (String hook : PAGE_HOOKS) {
			assertThat(Pattern.compile("data-test=\"" + Pattern.quote(hook) + "\"").matcher(page).results().count())
				.as(hook)
				.isEqualTo(1);
		}
		for (String hook : BUILT_HOOKS) {
			assertThat(script).as(hook).contains("'data-test': '" + hook + "'");
		}
		for (String hook : QUEUE_FIGURES) {
			assertThat(script).as(hook).containsPattern("\\['" + Pattern.quote(hook) + "', '[A-Z][a-z ]+'\\]");
		}
		assertThat(script).contains("element('dd', { 'data-test': test })", "'data-queue': queue", "'data-agent': id",
				"'data-state': name");
	}

	@Test
	void theScriptNeverTurnsDataIntoMarkupAndSignsEveryCallIn() {
		String script = read("/static/admin/admin.js");

		assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
				"new Function");
		assertThat(script).contains("'X-Requested-With': 'XMLHttpRequest'", "credentials: 'omit'",
				"headers.Authorization = authorization", "getJson(url, state.identity.authorization())");
		assertThat(Pattern.compile("\\bfetch\\(").matcher(script).results().count()).isEqualTo(1);
	}

	@Test
	void thePasswordIsTypedAtTheIdentityProviderAndOnlySupervisorsAndAdministratorsGetIn() {
		String page = read("/static/admin/index.html");
		String script = read("/static/admin/admin.js");

		assertThat(page).doesNotContain("<input id=\"username\"", "type=\"password\"");
		assertThat(script).contains("from '/pages/oidc.js'", "new Identity(state.config.identity, 'admin')",
				"hasRole('SUPERVISOR', 'ADMIN')", "'Sign in as a supervisor or an administrator to see the dashboard.'")
			.doesNotContain("sessionStorage.", "localStorage.");
	}

	private static String read(String resource) {
		try (InputStream in = AdminPageTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
