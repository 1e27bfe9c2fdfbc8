package org.reachback.intent;

import java.net.http.HttpRequest;
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
	void messagesAreMeasuredInCharactersNotJavaChars() {
		OpenChat chat = startChat("what are your opening hours");
		String emoji = "\uD83D\uDE00";
		String path = "/api/v1/chats/" + chat.id() + "/messages";

		TestHttp.Response atTheLimit = http.post(path, bearer(chat.token()), Map.of("text", emoji.repeat(2000)));
		TestHttp.Response aboveIt = http.post(path, bearer(chat.token()), Map.of("text", emoji.repeat(2001)));
		TestHttp.Response startAtTheLimit = http.post("/api/v1/chats", null, Map.of("brand", "acme", "message",
				emoji.repeat(2000), "customer", Map.of("name", emoji.repeat(100))));
		TestHttp.Response startAboveIt = http.post("/api/v1/chats", null,
				Map.of("brand", "acme", "message", "hi", "customer", Map.of("name", emoji.repeat(101))));

		assertThat(emoji.repeat(2000).length()).as("4000 Java chars").isEqualTo(4000);
		assertThat(atTheLimit.status()).as(atTheLimit.toString()).isEqualTo(202);
		assertThat(aboveIt.status()).isEqualTo(400);
		assertThat(aboveIt.body().get("errors").get(0).get("field").asString()).isEqualTo("text");
		assertThat(startAtTheLimit.status()).as(startAtTheLimit.toString()).isEqualTo(201);
		assertThat(startAboveIt.status()).isEqualTo(400);
		assertThat(startAboveIt.body().get("errors").get(0).get("field").asString()).isEqualTo("customer.name");
	}

	@Test
	void apiDocsAreOpenAndDescribeTheChatApi() {
		TestHttp.Response docs = http.get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").has("/api/v1/chats/{chatId}/prompts/{promptId}")).isTrue();
		assertThat(docs.body().get("components").get("securitySchemes").has("chatToken")).isTrue();
	}

	@Test
	void widgetsOnTheBrandsOriginsMayCallTheApiAndNoOthers() {
		TestHttp.Response preflight = preflight("http://127.0.0.1:8080");
		TestHttp.Response foreign = preflight("https://shop.example");
		TestHttp.Response foreignStart = http.send(http.request("/api/v1/chats", null)
			.header("Origin", "https://shop.example")
			.POST(HttpRequest.BodyPublishers.ofString("{\"brand\":\"acme\",\"message\":\"hi\"}")));

		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:8080");
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.header("Access-Control-Allow-Origin")).isEmpty();
		assertThat(foreignStart.status()).isEqualTo(403);
		assertThat(foreignStart.contentType()).startsWith("application/problem+json");
		assertThat(foreignStart.body().get("title").asString()).isEqualTo("Origin not allowed");
		assertThat(http.send(http.request("/api/v1/chats", null)
			.header("Origin", "http://localhost:8080")
			.POST(HttpRequest.BodyPublishers.ofString("{\"brand\":\"acme\",\"message\":\"hi\"}")))
			.status()).as("the demo page's own origin").isEqualTo(201);
	}

	private TestHttp.Response preflight(String origin) {
		return http.send(http.request("/api/v1/chats", null)
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

}
