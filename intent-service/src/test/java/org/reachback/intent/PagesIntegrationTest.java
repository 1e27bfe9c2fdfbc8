package org.reachback.intent;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * The customer's pages: the demo brand page, the chat widget and the page behind a callback link
 * are served to anyone, with the types a browser needs to run them (the platform sends nosniff);
 * the signed link answers a browser with its page and everything else with JSON, as before.
 */
@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class PagesIntegrationTest extends ChatApiSupport {

	/** What Chromium sends when it navigates to a page. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
			+ "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "/, text/html, data-brand=\"acme\"", "/index.html, text/html, <script src=\"/widget.js\"",
			"/widget.js, text/javascript, attachShadow", "/widget/widget.css, text/css, :host",
			"/demo/acme.css, text/css, font-family", "/demo/acme.js, text/javascript, reachback:open",
			"/manage/manage.js, text/javascript, /slots", "/manage/manage.css, text/css, .slot",
			"/favicon.ico, image/, ''" })
	void theCustomersFilesAreServedToAnyoneWithTheirTypes(String path, String type, String content) {
		TestHttp.Response file = http.get(path, null);

		assertThat(file.status()).as(path).isEqualTo(200);
		assertThat(file.contentType()).as(path).startsWith(type);
		assertThat(file.text()).as(path).contains(content);
	}

	@Test
	void onlyThoseFilesAreOpenAndOnlyToRead() {
		assertThat(http.get("/widget/not-there.js", null).status()).as("a missing file").isEqualTo(404);
		assertThat(http.get("/actuator/chats", null).status()).isEqualTo(401);
		assertThat(http.get("/application.yml", null).status()).as("anything else needs a user").isEqualTo(401);
		assertThat(http.post("/index.html", null, "{}").status()).as("files are only read").isEqualTo(401);
		assertThat(http.send(http.request("/widget.js", null).method("HEAD", HttpRequest.BodyPublishers.noBody()))
			.status()).isEqualTo(200);
	}

	@Test
	void aBrowserOpeningTheSignedLinkGetsThePageAndTheApiStillGetsJson() {
		OpenChat chat = startChat("I was charged twice");
		String link = path(manageUrl(chat, scheduled(chat, "billing")));

		TestHttp.Response page = http.send(http.request(link, null).setHeader("Accept", BROWSER_ACCEPT).GET());
		TestHttp.Response json = http.get(link, null);
		TestHttp.Response curl = http.send(http.request(link, null).setHeader("Accept", "*/*").GET());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("<title>Your callback</title>", "/manage/manage.js", "data-test=\"manage-cancel\"");
		assertThat(page.header("Cache-Control")).contains("no-store");
		assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page.raw().headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept"));
		for (TestHttp.Response api : List.of(json, curl)) {
			assertThat(api.status()).isEqualTo(200);
			assertThat(api.contentType()).startsWith("application/json");
			assertThat(api.body().get("status").asString()).isEqualTo("SCHEDULED");
			assertThat(api.body().get("timeZone").asString()).as("to show the times in").isEqualTo("Europe/London");
		}
		assertThat(json.raw().headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept"));
	}

	@Test
	void thePageIsTheSameForALinkThatOpensNothingWhoseJsonIsStill404() {
		String link = "/api/v1/callback-links/not-a-link";

		TestHttp.Response page = http.send(http.request(link, null).setHeader("Accept", BROWSER_ACCEPT).GET());
		TestHttp.Response json = http.get(link, null);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("<title>Your callback</title>");
		assertThat(json.status()).isEqualTo(404);
		assertThat(json.contentType()).startsWith("application/problem+json");
	}

	@Test
	void theLinkListsTheFreeSlotsOfTheCallbacksQueueInTheCustomersZone() {
		String queue = "billing-" + UUID.randomUUID();
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
		slot(queue, hour.plus(Duration.ofHours(3)), 1);
		slot(queue, hour.plus(Duration.ofHours(4)), 0);
		slot("another-" + queue, hour.plus(Duration.ofHours(5)), 1);
		OpenChat chat = startChat("I was charged twice");
		String link = path(manageUrl(chat, scheduled(chat, queue)));

		JsonNode slots = http.get(link + "/slots?days=2", null).expect(200);

		assertThat(slots.get("timeZone").asString()).isEqualTo("Europe/London");
		assertThat(slots.get("slots").valueStream()
			.map(slot -> OffsetDateTime.parse(slot.get("start").asString()).toInstant())
			.toList()).as("free ones of its own queue").containsExactly(hour.plus(Duration.ofHours(3)));
		assertThat(http.get(link + "/slots?days=0", null).status()).isEqualTo(400);
		assertThat(http.get("/api/v1/callback-links/not-a-link/slots", null).status()).isEqualTo(404);
	}

	private UUID scheduled(OpenChat chat, String queue) {
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(), queue,
				"+442079460958", Instant.parse("2030-03-07T10:00:00Z"), false, null));
		return callbackId;
	}

	private String manageUrl(OpenChat chat, UUID callbackId) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())),
					response -> response.status() == 200)
			.body()
			.get("manageUrl")
			.asString();
	}

	private static String path(String url) {
		return url.substring(url.indexOf("/api/v1/callback-links/"));
	}

	private void slot(String queue, Instant start, int remaining) {
		jdbc.sql("""
				insert into interaction.callback_availability_view (queue, slot_start, slot_end, capacity, booked, remaining)
				values (?, ?, ?, 1, ?, ?)""")
			.params(queue, start.atOffset(ZoneOffset.UTC), start.plus(Duration.ofMinutes(30)).atOffset(ZoneOffset.UTC),
					1 - remaining, remaining)
			.update();
	}

}
