package org.reachback.intent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the customer's pages keep, read from the files themselves: nothing inline that the
 * Content-Security-Policy would block, nothing written into the page as markup, the landmarks every
 * page has, and the {@code data-test} hooks the browser tests rely on.
 */
class PageFilesTest {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_STYLE = Pattern.compile("<style|\\sstyle=", Pattern.CASE_INSENSITIVE);

	private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]+\\son[a-z]+=", Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKUP_FROM_SCRIPT = Pattern.compile(
			"innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function|setAttribute\\('style'");

	@ParameterizedTest
	@ValueSource(strings = { "static/index.html", "pages/manage.html" })
	void pagesHaveNothingInlineAndTheLandmarksEveryPageHas(String page) {
		String html = read(page);

		assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script in %s", page).isFalse();
		assertThat(INLINE_STYLE.matcher(html).find()).as("inline style in %s", page).isFalse();
		assertThat(EVENT_ATTRIBUTE.matcher(html).find()).as("event handler attribute in %s", page).isFalse();
		assertThat(html).contains("<html lang=\"", "<title>", "<main>", "<h1", "role=\"status\"",
				"<link rel=\"icon\" href=\"/favicon.ico\">");
	}

	@ParameterizedTest
	@ValueSource(strings = { "static/widget.js", "static/demo/acme.js", "static/manage/manage.js" })
	void scriptsWriteTextNeverMarkup(String script) {
		assertThat(MARKUP_FROM_SCRIPT.matcher(read(script)).find()).as("markup written by %s", script).isFalse();
	}

	@Test
	void theDemoPageEmbedsTheWidgetWithOneTag() {
		assertThat(read("static/index.html")).containsOnlyOnce("<script src=\"/widget.js\" data-brand=\"acme\"></script>");
	}

	@Test
	void theWidgetKeepsItsHooks() {
		String widget = read("static/widget.js");
		for (String hook : List.of("launcher", "panel", "message-input", "send", "entry", "prompt", "more-times",
				"phone", "phone-error", "book", "callback-status", "cancel-callback", "move-callback", "slot")) {
			assertThat(widget).as("data-test hook %s", hook).contains("'data-test': '" + hook + "'");
		}
		assertThat(widget).contains("'data-test': 'option-' + option", "'data-test': 'media-' + medium",
				"'callback-asap'", "'callback-scheduled'", "'keep-chatting'", "'data-speaker': entry.speaker",
				"'data-kind': entry.kind", "card.dataset.status = callback.status");
		assertThat(widget).as("the stylesheet is a link, not inline").contains("rel: 'stylesheet'")
			.contains("attachShadow({ mode: 'open' })");
	}

	@Test
	void theManagePageKeepsItsHooks() {
		String page = read("pages/manage.html") + read("static/manage/manage.js");
		for (String hook : List.of("manage-status", "manage-move", "manage-cancel")) {
			assertThat(page).as("data-test hook %s", hook).contains("data-test=\"" + hook + "\"");
		}
		assertThat(page).contains("button.dataset.test = 'manage-slot'");
	}

	@Test
	void theWidgetSpeaksEnglishSpanishAndFrenchWithTheSameWords() {
		String widget = read("static/widget.js");
		List<String> english = keys(widget, "en");
		assertThat(english).hasSizeGreaterThan(40);
		assertThat(keys(widget, "es")).as("Spanish").isEqualTo(english);
		assertThat(keys(widget, "fr")).as("French").isEqualTo(english);
	}

	/** The message keys of one language of the widget's catalogue, in order. */
	private static List<String> keys(String widget, String language) {
		int start = widget.indexOf("\t\t" + language + ": {\n");
		assertThat(start).as("catalogue %s", language).isPositive();
		String block = widget.substring(start, widget.indexOf("\n\t\t},", start));
		return Pattern.compile("^\\t\\t\\t(\\w+):", Pattern.MULTILINE).matcher(block).results()
			.map(match -> match.group(1))
			.toList();
	}

	private static String read(String resource) {
		try (InputStream in = PageFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
