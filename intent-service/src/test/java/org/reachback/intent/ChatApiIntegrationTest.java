package org.reachback.intent;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

@ServiceIntegrationTest
class ChatApiIntegrationTest extends ChatApiSupport {

	@Test
	void startingAChatPublishesChatStartedWithTheIntentAndTheBotItChose() {
		OpenChat chat = startChat("I was charged twice for my order");

		assertThat(chat.response().get("bot").asString()).isEqualTo("billing");
		assertThat(chat.response().get("intent").get("name").asString()).isEqualTo("billing_dispute");
		assertThat(chat.token()).matches("[A-Za-z0-9_-]{43,}");
		ChatStarted started = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), ChatStarted.class), found -> found.size() == 1)
			.get(0);
		assertThat(started.brand()).isEqualTo("acme");
		assertThat(started.bot()).isEqualTo("billing");
		assertThat(started.text()).isEqualTo("I was charged twice for my order");
		assertThat(started.intent().name()).isEqualTo("billing_dispute");
		assertThat(started.intent().outOfScope()).isFalse();
		assertThat(started.customer().timeZone()).isEqualTo("Europe/London");
	}

	@Test
	void answersWithTheChatsLocationAndTheFirstMessageOpensItsTranscript() {
		OpenChat chat = startChat("what are your opening hours");

		TestHttp.Response summary = http.get("/api/v1/chats/" + chat.id(), bearer(chat.token()));
		assertThat(summary.body().get("bot").asString()).isEqualTo("faq");
		assertThat(transcript(chat).get(0).get("text").asString()).isEqualTo("what are your opening hours");
		assertThat(transcript(chat).get(0).get("speaker").asString()).isEqualTo("CUSTOMER");
	}

	@Test
	void outOfScopeFirstMessagesGoToTheDefaultBot() {
		OpenChat chat = startChat("what's the capital of peru", null);

		assertThat(chat.response().get("intent").get("name").asString()).isEqualTo("oos");
		assertThat(chat.response().get("bot").asString()).isEqualTo("faq");
	}

	@ParameterizedTest
	@CsvSource({ "when do you open on saturday, opening_hours, faq", "my refund hasn't arrived, refund_status, billing",
			"I want to speak to a real person, human_agent, faq", "where's my parcel, track_order, orders",
			"the app crashes every time I open it, app_not_working, tech-support" })
	void recognisesDifferentlyPhrasedFirstMessages(String message, String intent, String bot) {
		OpenChat chat = startChat(message, null);

		assertThat(chat.response().get("intent").get("name").asString()).isEqualTo(intent);
		assertThat(chat.response().get("bot").asString()).isEqualTo(bot);
	}

	@Test
	void laterMessagesAreClassifiedAndAddressedToTheBot() {
		OpenChat chat = startChat("what are your opening hours");

		TestHttp.Response accepted = http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()),
				Map.of("text", "and where is my refund?"));

		assertThat(accepted.status()).isEqualTo(202);
		UUID messageId = UUID.fromString(accepted.body().get("messageId").asString());
		CustomerMessaged messaged = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), CustomerMessaged.class), found -> found.size() == 1)
			.get(0);
		assertThat(messaged.messageId()).isEqualTo(messageId);
		assertThat(messaged.bot()).isEqualTo("faq");
		assertThat(messaged.intent().name()).isEqualTo("refund_status");
		assertThat(messaged.addressee()).isEqualTo(CustomerMessaged.Addressee.BOT);
	}

	@Test
	void anotherChatsTokenGets404AndNoTokenGets401() {
		OpenChat chat = startChat("what are your opening hours");
		OpenChat other = startChat("where is my order");
		String path = "/api/v1/chats/" + chat.id() + "/messages";

		TestHttp.Response wrongChat = http.post(path, bearer(other.token()), Map.of("text", "hello"));
		TestHttp.Response wrongToken = http.post(path, bearer("not-the-token"), Map.of("text", "hello"));
		TestHttp.Response noToken = http.post(path, null, Map.of("text", "hello"));
		TestHttp.Response unknownChat = http.get("/api/v1/chats/" + UUID.randomUUID() + "/transcript", bearer(chat.token()));

		assertThat(wrongChat.status()).isEqualTo(404);
		assertThat(wrongChat.contentType()).startsWith("application/problem+json");
		assertThat(wrongToken.status()).isEqualTo(404);
		assertThat(unknownChat.status()).isEqualTo(404);
		assertThat(noToken.status()).isEqualTo(401);
		assertThat(noToken.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(noToken.contentType()).startsWith("application/problem+json");
		assertThat(transcript(chat)).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"brand\":\"acme\",\"message\":\"   \"}| 400| message",
			"{\"brand\":\"acme\"}| 400| message",
			"{\"message\":\"hi\"}| 400| brand",
			"{\"brand\":\"acme\",\"message\":\"hi\",\"customer\":{\"timeZone\":\"Mars/Olympus\"}}| 400| customer.timeZone",
			"{\"brand\":\"acme\",\"message\":\"hi\",\"customer\":{\"locale\":\"not a locale!\"}}| 400| customer.locale",
			"{\"brand\":\"nobody\",\"message\":\"hi\"}| 422| nobody",
			"{\"brand\":\"acme\",\"message\":| 400| JSON",
			"[1,2,3]| 400| JSON" })
	void badBodiesAreProblemsNeverServerErrors(String body, int status, String mentioned) {
		TestHttp.Response response = http.post("/api/v1/chats", null, body);

		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.text()).containsIgnoringCase(mentioned);
	}

	@Test
	void messagesLongerThan2000CharactersAreRefused() {
		OpenChat chat = startChat("what are your opening hours");

		TestHttp.Response tooLong = http.post("/api/v1/chats/" + chat.id() + "/messages", bearer(chat.token()),
				Map.of("text", "a".repeat(2001)));
		TestHttp.Response tooLongStart = http.post("/api/v1/chats", null,
				Map.of("brand", "acme", "message", "b".repeat(2001)));

		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body().get("errors").get(0).get("field").asString()).isEqualTo("text");
		assertThat(tooLongStart.status()).isEqualTo(400);
	}

	@Test
	void apiDocsAreOpenAndDescribeTheChatApi() {
		TestHttp.Response docs = http.get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").has("/api/v1/chats/{chatId}/prompts/{promptId}")).isTrue();
		assertThat(docs.body().get("components").get("securitySchemes").has("chatToken")).isTrue();
	}

	@Test
	void widgetsOnOtherOriginsMayCallTheApi() {
		TestHttp.Response preflight = http.send(http.request("/api/v1/chats", null)
			.header("Origin", "https://shop.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));

		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
	}

}
