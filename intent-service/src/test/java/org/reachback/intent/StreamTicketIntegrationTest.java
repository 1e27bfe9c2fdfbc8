package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.bot.BotReplied;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * Browsers' EventSource cannot send the chat token, so it opens the event stream with a stream
 * ticket: issued for the token, short-lived, and good for that one chat's stream and nothing else.
 */
@ServiceIntegrationTest
class StreamTicketIntegrationTest extends ChatApiSupport {

	@Test
	void aTicketOpensTheChatsEventStreamWithoutTheToken() throws Exception {
		OpenChat chat = startChat("what are your opening hours");
		Instant asked = Instant.now();

		TestHttp.Response issued = http.post(ticketsOf(chat.id()), bearer(chat.token()), "");

		JsonNode ticket = issued.expect(201);
		assertThat(ticket.get("ticket").asString()).matches("[A-Za-z0-9_-]{40,}");
		assertThat(Instant.parse(ticket.get("expiresAt").asString()))
			.isBetween(asked.plusSeconds(58), Instant.now().plusSeconds(60));
		try (SseStream stream = SseStream.open(http.request(eventsOf(chat.id()) + "?ticket="
				+ ticket.get("ticket").asString(), null))) {
			assertThat(stream.status()).isEqualTo(200);
			publish(Topics.BOT, new BotReplied(UUID.randomUUID(), Instant.now(), chat.id(), "faq", null, "9 to 5."));
			await().atMost(Duration.ofSeconds(20)).until(() -> stream.events().size() == 2);
			assertThat(json.readTree(stream.events().get(1).data()).get("text").asString()).isEqualTo("9 to 5.");
		}
	}

	@Test
	void aTicketOpensNoOtherChatAndIsNoTokenAnywhere() throws Exception {
		OpenChat chat = startChat("what are your opening hours");
		OpenChat other = startChat("where is my order");
		String ticket = http.post(ticketsOf(chat.id()), bearer(chat.token()), "").expect(201).get("ticket").asString();
		String tampered = ticket.substring(0, 5) + (ticket.charAt(5) == 'A' ? 'B' : 'A') + ticket.substring(6);

		try (SseStream otherChat = SseStream.open(http.request(eventsOf(other.id()) + "?ticket=" + ticket, null));
				SseStream asBearer = SseStream.open(http.request(eventsOf(chat.id()), bearer(ticket)));
				SseStream changed = SseStream.open(http.request(eventsOf(chat.id()) + "?ticket=" + tampered, null))) {
			assertThat(otherChat.status()).as("another chat's stream").isEqualTo(404);
			assertThat(asBearer.status()).as("a ticket is no token, even for the stream").isEqualTo(404);
			assertThat(changed.status()).as("tampered with").isEqualTo(404);
		}
		assertThat(http.get("/api/v1/chats/" + chat.id() + "/transcript", bearer(ticket)).status()).isEqualTo(404);
		assertThat(http.get("/api/v1/chats/" + chat.id(), bearer(ticket)).status()).isEqualTo(404);
		assertThat(http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(ticket), Map.of("text", "hi")).status())
			.isEqualTo(404);
		assertThat(http.post(ticketsOf(chat.id()), bearer(ticket), "").status()).as("no ticket from a ticket")
			.isEqualTo(404);
		assertThat(http.get("/api/v1/chats/" + chat.id() + "/transcript?ticket=" + ticket, null).status())
			.isEqualTo(401);
		assertThat(transcript(chat)).as("nothing was posted").hasSize(1);
	}

	@Test
	void onlyTheChatsTokenGetsATicket() {
		OpenChat chat = startChat("what are your opening hours");
		OpenChat other = startChat("where is my order");

		TestHttp.Response none = http.post(ticketsOf(chat.id()), null, "");

		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(http.post(ticketsOf(chat.id()), bearer(other.token()), "").status()).isEqualTo(404);
		assertThat(http.post(ticketsOf(UUID.randomUUID()), bearer(chat.token()), "").status()).isEqualTo(404);
	}

	@Test
	void theApiDocsDescribeTicketsAndTheirUse() {
		JsonNode paths = http.get("/v3/api-docs", null).expect(200).get("paths");

		JsonNode issue = paths.get("/api/v1/chats/{chatId}/stream-tickets").get("post");
		assertThat(issue.get("summary").asString()).contains("ticket");
		assertThat(issue.get("responses").has("201")).isTrue();
		assertThat(issue.get("responses").has("404")).isTrue();
		assertThat(paths.get("/api/v1/chats/{chatId}/events").get("get").get("parameters").toString())
			.contains("\"ticket\"");
	}

	private static String ticketsOf(UUID chatId) {
		return "/api/v1/chats/" + chatId + "/stream-tickets";
	}

	private static String eventsOf(UUID chatId) {
		return "/api/v1/chats/" + chatId + "/events";
	}

}
