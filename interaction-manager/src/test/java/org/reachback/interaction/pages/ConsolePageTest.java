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
 * The console's files as the browser tests and the Content-Security-Policy need them: no inline
 * script or style, every hook the tests use, no way for data to become markup, and a sign-in that
 * keeps its token in the tab.
 */
class ConsolePageTest {

	private static final List<String> SCRIPTS = List.of("console.js", "api.js", "dom.js", "event-stream.js",
			"session.js");

	private static final List<String> HOOKS = List.of("sign-in", "sign-in-error", "signed-in-as", "state-available",
			"state-away", "state-offline", "current-state", "offer", "offer-customer", "offer-intent", "offer-reason",
			"offer-media", "offer-transcript", "offer-countdown", "accept", "decline", "session", "session-transcript",
			"session-message", "session-send", "call-state", "disposition", "complete", "status");

	@Test
	void thePageHasNoInlineScriptStyleOrHandler() {
		String page = read("index.html");

		assertThat(page).doesNotContainPattern("(?i)<style").doesNotContainPattern("(?i)\\sstyle\\s*=")
			.doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainPattern("(?i)javascript:");
		Matcher scripts = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script>").matcher(page);
		int count = 0;
		while (scripts.find()) {
			count++;
			assertThat(scripts.group(1)).contains("type=\"module\"").contains("src=");
			assertThat(scripts.group(2)).isBlank();
		}
		assertThat(count).isEqualTo(1);
		assertThat(page).contains("<html lang=\"en\">", "<title>", "<main>", "<h1>", "role=\"status\"");
	}

	@Test
	void everyHookOfTheBrowserTestsIsThereOnce() {
		String page = read("index.html");

		for (String hook : HOOKS) {
			assertThat(Pattern.compile("data-test=\"" + Pattern.quote(hook) + "\"").matcher(page).results().count())
				.as(hook)
				.isEqualTo(1);
		}
		String session = read("session.js");
		String console = read("console.js");
		assertThat(console).contains("transcriptLine(line, 'offer-line')");
		assertThat(session).contains("transcriptLine(line, 'line')");
		assertThat(read("dom.js")).contains("'data-speaker'");
		Matcher options = Pattern.compile("<option value=\"([A-Z_]+)\"").matcher(page);
		assertThat(options.results().map(option -> option.group(1)).toList()).containsExactly("COMPLETED",
				"NO_ANSWER", "BUSY", "DECLINED", "INVALID_NUMBER", "FAILED");
	}

	@Test
	void theScriptsNeverTurnDataIntoMarkup() {
		for (String script : SCRIPTS) {
			assertThat(read(script)).as(script)
				.doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
						"new Function", "EventSource");
		}
	}

	@Test
	void everyCallSendsXRequestedWithAndNoCookies() {
		String api = read("api.js");

		assertThat(api).contains("'X-Requested-With': 'XMLHttpRequest'", "credentials: 'omit'");
		assertThat(read("event-stream.js")).contains("headers(authorization", "credentials: 'omit'");
		for (String script : SCRIPTS) {
			long fetches = Pattern.compile("\\bfetch\\((?!\\))").matcher(read(script)).results().count();
			assertThat(fetches).as("fetch() outside api.js and event-stream.js in %s", script)
				.isEqualTo(script.equals("api.js") || script.equals("event-stream.js") ? 1 : 0);
		}
	}

	@Test
	void thePasswordIsTypedAtTheIdentityProviderAndTheTokenStaysInTheTab() {
		String page = read("index.html");
		String signIn = resource("/static/pages/oidc.js");

		assertThat(page).doesNotContain("<input", "<form data-part=\"sign-in-form\"");
		assertThat(read("console.js")).contains("from '/pages/oidc.js'", "new Identity(config.identity, 'console')")
			.doesNotContain("sessionStorage.", "localStorage.");
		assertThat(signIn).contains("sessionStorage.setItem", "code_challenge_method: 'S256'", "code_verifier",
				"crypto.subtle.digest('SHA-256'", "crypto.getRandomValues", "history.replaceState", "credentials: 'omit'",
				"`Bearer ${");
		assertThat(signIn).doesNotContain("localStorage.", "document.cookie", "innerHTML", "eval(", "client_secret");
	}

	private static String read(String file) {
		return resource("/static/console/" + file);
	}

	private static String resource(String file) {
		try (InputStream in = ConsolePageTest.class.getResourceAsStream(file)) {
			assertThat(in).as(file).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
