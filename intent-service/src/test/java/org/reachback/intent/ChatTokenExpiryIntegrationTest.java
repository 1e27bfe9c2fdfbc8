package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reachback.testing.TestHttp.bearer;

/**
 * A chat's token expires two hours after its last use and a day after its chat started; a stream
 * ticket a minute after it was issued. The service's clock is moved instead of waiting. The
 * properties are those of {@link ChatStreamLimitIntegrationTest}, so that both share one context.
 */
@ServiceIntegrationTest
@Import(MovableClock.InService.class)
@TestPropertySource(properties = { "reachback.chat.heartbeat=1s", "reachback.chat.max-streams-per-chat=2" })
class ChatTokenExpiryIntegrationTest extends ChatApiSupport {

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenUnusedForTwoHoursExpiresAndUsingItKeepsItAlive() throws Exception {
		OpenChat chat = startChat("what are your opening hours");

		clock.advance(Duration.ofMinutes(119));
		assertThat(transcriptWith(chat.token(), chat.id()).status()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(119));
		assertThat(transcriptWith(chat.token(), chat.id()).status()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(120));
		TestHttp.Response expired = transcriptWith(chat.token(), chat.id());

		assertExpired(expired);
		assertThat(expired.body().get("detail").asString()).contains("without use");
		assertExpired(http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()),
				Map.of("text", "still there?")));
		assertExpired(http.post("/api/v1/chats/" + chat.id() + "/stream-tickets", bearer(chat.token()), ""));
		try (SseStream stream = SseStream.open(http.request("/api/v1/chats/" + chat.id() + "/events",
				bearer(chat.token())))) {
			assertThat(stream.status()).isEqualTo(401);
		}
		assertThat(transcriptWith("not-the-token", chat.id()).status()).as("a wrong token tells nothing")
			.isEqualTo(404);
		assertThat(transcriptWith(chat.token(), UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aTokenExpiresADayAfterItsChatStartedHoweverMuchItIsUsed() {
		OpenChat chat = startChat("what are your opening hours");

		for (int hour = 1; hour < 24; hour++) {
			clock.advance(Duration.ofHours(1));
			assertThat(transcriptWith(chat.token(), chat.id()).status()).as("after %d hours", hour).isEqualTo(200);
		}
		clock.advance(Duration.ofMinutes(59));
		assertThat(transcriptWith(chat.token(), chat.id()).status()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(1));
		TestHttp.Response expired = transcriptWith(chat.token(), chat.id());

		assertExpired(expired);
		assertThat(expired.body().get("detail").asString()).contains("limited time");
	}

	@Test
	void theLastUseIsWrittenAtMostOnceAMinutePerChat() {
		OpenChat chat = startChat("what are your opening hours");
		Instant started = tokenUsedAt(chat);

		clock.advance(Duration.ofSeconds(59));
		transcriptWith(chat.token(), chat.id());
		transcriptWith(chat.token(), chat.id());
		assertThat(tokenUsedAt(chat)).as("under a minute since the last write").isEqualTo(started);
		clock.advance(Duration.ofSeconds(1));
		transcriptWith(chat.token(), chat.id());
		assertThat(tokenUsedAt(chat)).isEqualTo(started.plusSeconds(60));
		clock.advance(Duration.ofSeconds(30));
		transcriptWith(chat.token(), chat.id());
		assertThat(tokenUsedAt(chat)).isEqualTo(started.plusSeconds(60));
	}

	@Test
	void aStreamTicketOpensTheStreamForAMinute() throws Exception {
		OpenChat chat = startChat("what are your opening hours");
		String ticket = http.post("/api/v1/chats/" + chat.id() + "/stream-tickets", bearer(chat.token()), "")
			.expect(201)
			.get("ticket")
			.asString();
		String events = "/api/v1/chats/" + chat.id() + "/events?ticket=" + ticket;

		clock.advance(Duration.ofSeconds(59));
		try (SseStream stream = SseStream.open(http.request(events, null))) {
			assertThat(stream.status()).isEqualTo(200);
		}
		clock.advance(Duration.ofSeconds(1));
		TestHttp.Response expired = http.send(http.request(events, null).setHeader("Accept", "text/event-stream"));

		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(expired.contentType()).startsWith("application/problem+json");
		assertThat(expired.body().get("type").asString()).isEqualTo("urn:reachback:problem:stream-ticket-expired");
		assertThat(expired.body().get("title").asString()).isEqualTo("Stream ticket expired");
	}

	private TestHttp.Response transcriptWith(String token, UUID chatId) {
		return http.get("/api/v1/chats/" + chatId + "/transcript", bearer(token));
	}

	private static void assertExpired(TestHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("type").asString()).isEqualTo("urn:reachback:problem:chat-token-expired");
		assertThat(response.body().get("title").asString()).isEqualTo("Chat token expired");
	}

	private Instant tokenUsedAt(OpenChat chat) {
		return jdbc.sql("select token_used_at from chat where chat_id = ?")
			.param(chat.id())
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

}
