package org.reachback.testing.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness's judges judge: a clean page passes, a page with an error or a violation fails. */
class BrowserTest {

	@TempDir
	Path screenshots;

	@Test
	void aCleanPagePassesAndIsPhotographed() {
		try (Browser browser = Browser.open("clean", screenshots, 360)) {
			browser.go("data:text/html,<!doctype html><html lang=en><head><title>Clean</title></head>"
					+ "<body><main><h1>Hello</h1><button data-test=go>Go</button></main></body></html>");

			assertThat(browser.find("go").getText()).isEqualTo("Go");
			browser.assertNoJavaScriptErrors();
			browser.assertAccessible();
			assertThat(Files.exists(browser.screenshot("hello"))).isTrue();
		}
	}

	@Test
	void anErrorInThePageOrAnInaccessibleControlFails() {
		try (Browser browser = Browser.open("broken", screenshots, 1024)) {
			browser.go("data:text/html,<!doctype html><html lang=en><head><title>Broken</title></head>"
					+ "<body><main><h1>Broken</h1><button data-test=empty></button></main></body></html>");
			browser.script("setTimeout(() => { throw new Error('boom'); })");

			browser.await(driver -> {
				try {
					browser.assertNoJavaScriptErrors();
					return null;
				}
				catch (AssertionError expected) {
					return expected.getMessage().contains("boom");
				}
			});
			assertThatThrownBy(browser::assertAccessible).hasMessageContaining("button-name");
		}
	}

}
