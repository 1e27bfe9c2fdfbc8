package org.reachback.intent;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.reachback.events.chat.ChatStarted;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The brand catalogue is read from a file outside the application, and a change to it is served
 * without a restart: a new intent reaches its bot, and a broken file leaves the models as they were.
 * The context is of its own (its own catalogue file) and closed after the class, while the shared
 * database still runs, rather than kept in the cache with its own broker until the JVM exits.
 */
@ServiceIntegrationTest
@DirtiesContext
class BrandCatalogueReloadIntegrationTest extends ChatApiSupport {

	static final String BRAND = "globex";

	static final String OPENING_HOURS = """
			reachback:
			  brands:
			    globex:
			      default-bot: faq
			      intents:
			        opening_hours:
			          bot: faq
			          examples:
			            - what are your opening hours
			            - when do you open
			            - what time do you close today
			            - are you open on sundays
			            - how late are you open tonight
			            - is the store open on saturday morning
			            - business hours please
			            - when are you closed
			      out-of-scope:
			        - tell me a joke
			        - what's the capital of france
			        - who won the football last night
			        - how tall is mount everest
			""";

	/** The catalogue above with the intent {@code track_order}, routed to the orders bot. */
	static final String WITH_TRACK_ORDER = OPENING_HOURS.replace("      out-of-scope:", """
			        track_order:
			          bot: orders
			          examples:
			            - where is my order
			            - track my parcel
			            - has my package been shipped
			            - when will my delivery arrive
			            - my order hasn't arrived yet
			            - can you tell me where my parcel is
			            - what's the status of my order
			            - is my order on its way
			""" + "      out-of-scope:");

	static CatalogueFile catalogue;

	@DynamicPropertySource
	static void catalogueOutsideTheApplication(DynamicPropertyRegistry registry) throws IOException {
		catalogue = CatalogueFile.served(registry, OPENING_HOURS);
	}

	@Test
	void aChangedCatalogueIsServedWithoutARestartAndABrokenOneIsRefused() {
		assertThat(intentOf(startChat(BRAND, "when do you open on saturday", null))).isEqualTo("opening_hours");
		assertThat(intentOf(startChat(BRAND, "where is my parcel", null))).isNotEqualTo("track_order");

		String trackOrder = WITH_TRACK_ORDER;
		catalogue.write(trackOrder);
		awaitServed(sha256(trackOrder));

		OpenChat parcel = startChat(BRAND, "where is my parcel", null);
		assertThat(intentOf(parcel)).isEqualTo("track_order");
		assertThat(parcel.response().get("bot").asString()).isEqualTo("orders");
		ChatStarted started = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(parcel.id(), ChatStarted.class), events -> !events.isEmpty())
			.get(0);
		assertThat(started.bot()).isEqualTo("orders");
		assertThat(started.intent().name()).isEqualTo("track_order");
		JsonNode intents = admin("GET", "/actuator/intents").body();
		assertThat(intents.get("lastReload").get("retrained").toString()).contains(BRAND);
		assertThat(intents.get("brands").get(BRAND).get("intents").toString()).contains("track_order");
		assertThat(intents.get("brands").get(BRAND).get("trainingMs").asLong()).isNotNegative();

		String broken = trackOrder.replace("default-bot: faq", "default-bot: [ faq");
		catalogue.write(broken);
		JsonNode rejection = await().atMost(Duration.ofSeconds(20))
			.until(() -> admin("GET", "/actuator/intents").body().path("lastRejection"),
					last -> sha256(broken).equals(last.path("hash").asString(null)));

		assertThat(rejection.get("reason").asString()).contains("not valid");
		assertThat(admin("GET", "/actuator/intents").body().get("hash").asString()).isEqualTo(sha256(trackOrder));
		assertThat(intentOf(startChat(BRAND, "has my package been shipped yet", null))).isEqualTo("track_order");
		TestHttp.Response forced = admin("POST", "/actuator/intents");
		assertThat(forced.status()).as(forced.toString()).isEqualTo(200);
		assertThat(forced.body().get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(admin("GET", "/actuator/metrics/reachback.intent.catalogue.rejected").body()
			.get("measurements").get(0).get("value").asDouble()).isEqualTo(1.0);
	}

	@Test
	void catalogueAndReloadNeedAnAdministrator() {
		assertThat(http.get("/actuator/intents", null).status()).isEqualTo(401);
		assertThat(http.post("/actuator/intents", null, "").status()).isEqualTo(401);
		assertThat(admin("GET", "/actuator/metrics/reachback.intent.training").status()).isEqualTo(200);
	}

	private void awaitServed(String hash) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> admin("GET", "/actuator/intents").body().get("hash").asString(), hash::equals);
	}

	private static String intentOf(OpenChat chat) {
		return chat.response().get("intent").get("name").asString();
	}

	private TestHttp.Response admin(String method, String path) {
		return http.send(http.request(path, TestHttp.demoUser("admin")).method(method, HttpRequest.BodyPublishers.noBody()));
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
