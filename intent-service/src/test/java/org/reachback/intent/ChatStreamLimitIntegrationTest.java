package org.reachback.intent;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * A chat may have {@code reachback.chat.max-streams-per-chat} event streams open on an instance
 * (two here); one more waits for {@code Retry-After}, a heartbeat, by which a stream whose client
 * left is found gone. Configured as {@link ChatTokenExpiryIntegrationTest}, to share its context.
 */
@ServiceIntegrationTest
@Import(MovableClock.InService.class)
@TestPropertySource(properties = { "reachback.chat.heartbeat=1s", "reachback.chat.max-streams-per-chat=2" })
class ChatStreamLimitIntegrationTest extends ChatApiSupport {

	@Test
	void aChatMayHaveAsManyStreamsAsItMayAndOneMoreWaits() throws Exception {
		OpenChat chat = startChat("what are your opening hours");
		OpenChat other = startChat("where is my order");

		try (SseStream first = open(chat); SseStream second = open(chat)) {
			assertThat(first.status()).isEqualTo(200);
			assertThat(second.status()).isEqualTo(200);
			try (SseStream third = open(chat); SseStream ofAnotherChat = open(other)) {
				assertThat(third.status()).isEqualTo(429);
				assertThat(third.header("Retry-After")).isEqualTo("1");
				assertThat(third.header("Content-Type")).startsWith("application/problem+json");
				assertThat(ofAnotherChat.status()).as("the limit is per chat").isEqualTo(200);
			}
			String ticket = http.post("/api/v1/chats/" + chat.id() + "/stream-tickets", bearer(chat.token()), "")
				.expect(201)
				.get("ticket")
				.asString();
			try (SseStream withTicket = SseStream.open(
					http.request("/api/v1/chats/" + chat.id() + "/events?ticket=" + ticket, null))) {
				assertThat(withTicket.status()).as("streams opened with a ticket count too").isEqualTo(429);
			}
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			try (SseStream again = open(chat)) {
				return again.status() == 200;
			}
		});
	}

	private SseStream open(OpenChat chat) throws Exception {
		return SseStream.open(http.request("/api/v1/chats/" + chat.id() + "/events", bearer(chat.token())));
	}

}
