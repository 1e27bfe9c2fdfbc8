package org.reachback.intent;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * Browsers may call the API from the origins the brands list, and a chat only from its own brand's:
 * CORS lets every brand's origins through (a preflight cannot know the brand), each chat route
 * then refuses another brand's page. Both follow the catalogue file without a restart. The context
 * is of its own (its own catalogue file) and closed after the class.
 */
@ServiceIntegrationTest
@DirtiesContext
class BrandOriginsIntegrationTest extends ChatApiSupport {

	static final String GLOBEX = "https://globex.example";

	static final String INITECH = "https://initech.example";

	static final String GLOBEX_ONLY = BrandCatalogueReloadIntegrationTest.OPENING_HOURS
		.replace("      default-bot: faq\n", "      default-bot: faq\n      allowed-origins: [ " + GLOBEX + " ]\n");

	/** Globex, and Initech with the same intents on a page of its own. */
	static final String WITH_INITECH = GLOBEX_ONLY + GLOBEX_ONLY.replace("reachback:\n  brands:\n", "")
		.replace("globex:", "initech:")
		.replace(GLOBEX, INITECH);

	static CatalogueFile catalogue;

	@DynamicPropertySource
	static void catalogueOutsideTheApplication(DynamicPropertyRegistry registry) throws IOException {
		catalogue = CatalogueFile.served(registry, GLOBEX_ONLY);
	}

	@Test
	void aChatIsUsedFromItsOwnBrandsPagesOnlyAsTheCatalogueSaysNow() {
		assertThat(preflight(GLOBEX).status()).isEqualTo(200);
		assertThat(preflight(INITECH).status()).isEqualTo(403);

		catalogue.write(WITH_INITECH);
		await().atMost(Duration.ofSeconds(30)).until(() -> preflight(INITECH).status() == 200);

		TestHttp.Response fromInitech = start("globex", INITECH);
		assertThat(fromInitech.status()).as("another brand's page").isEqualTo(403);
		assertThat(fromInitech.contentType()).startsWith("application/problem+json");
		assertThat(fromInitech.body().get("title").asString()).isEqualTo("Origin not allowed");
		JsonNode opened = start("globex", GLOBEX).expect(201);
		String transcript = "/api/v1/chats/" + opened.get("chatId").asString() + "/transcript";
		String token = opened.get("token").asString();

		assertThat(withOrigin(http.request(transcript, bearer(token)).GET(), INITECH).status()).isEqualTo(403);
		assertThat(withOrigin(http.request(transcript, bearer(token)).GET(), GLOBEX).status()).isEqualTo(200);
		assertThat(http.get(transcript, bearer(token)).status()).as("not from a browser").isEqualTo(200);
		assertThat(withOrigin(http.request(transcript, bearer("not-the-token")).GET(), INITECH).status())
			.as("a wrong token tells nothing, not even the brand's origins")
			.isEqualTo(404);
		TestHttp.Response message = withOrigin(http.request(transcript.replace("transcript", "messages"),
				bearer(token)).POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}")), INITECH);
		assertThat(message.status()).isEqualTo(403);
		assertThat(http.get(transcript, bearer(token)).body()).as("nothing was posted").hasSize(1);
		String ticket = http.post(transcript.replace("transcript", "stream-tickets"), bearer(token), "")
			.expect(201)
			.get("ticket")
			.asString();
		assertThat(withOrigin(http.request(transcript.replace("transcript", "events?ticket=" + ticket), null)
			.setHeader("Accept", "text/event-stream")
			.GET(), INITECH).status()).as("a ticket from another brand's page").isEqualTo(403);
	}

	@Test
	void aWildcardOriginIsRefusedAndTheOriginsBeforeStay() {
		String wildcard = GLOBEX_ONLY.replace("[ " + GLOBEX + " ]", "[ \"*\" ]");
		catalogue.write(wildcard);

		JsonNode rejection = await().atMost(Duration.ofSeconds(30))
			.until(() -> admin().path("lastRejection"), last -> last.path("reason").asString("").contains("'*'"));

		assertThat(rejection.get("reason").asString()).contains("allowed-origins", "is not an origin");
		assertThat(preflight(GLOBEX).status()).isEqualTo(200);
		assertThat(preflight("https://anyone.example").status()).isEqualTo(403);
		assertThat(start("globex", "https://anyone.example").status()).isEqualTo(403);
		assertThat(http.post("/api/v1/chats", null, Map.of("brand", "globex", "message", "hi")).status())
			.as("not from a browser")
			.isEqualTo(201);
	}

	private TestHttp.Response start(String brand, String origin) {
		String body = "{\"brand\":\"" + brand + "\",\"message\":\"when do you open\"}";
		return withOrigin(http.request("/api/v1/chats", null).POST(HttpRequest.BodyPublishers.ofString(body)), origin);
	}

	private TestHttp.Response preflight(String origin) {
		return withOrigin(http.request("/api/v1/chats/any/transcript", null)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()), origin);
	}

	private TestHttp.Response withOrigin(HttpRequest.Builder request, String origin) {
		return http.send(request.header("Origin", origin));
	}

	private JsonNode admin() {
		return http.get("/actuator/intents", TestHttp.demoUser("admin")).body();
	}

}
