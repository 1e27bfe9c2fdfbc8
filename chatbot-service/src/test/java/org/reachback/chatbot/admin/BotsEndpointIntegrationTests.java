package org.reachback.chatbot.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.ChatOverKafka;
import org.reachback.chatbot.support.Meters;
import org.reachback.events.CallbackOption;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class BotsEndpointIntegrationTests extends ChatOverKafka {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	private final ChatEvents chat = new ChatEvents("billing");

	private Map<String, Object> billingBefore;

	private Map<String, Double> countersBefore;

	@BeforeEach
	void aCustomerAcceptsACallbackAfterOneAnswer() {
		billingBefore = billing();
		countersBefore = counters();
		intentService.publish(Topics.CHAT, chat.started("What's my balance?", intent("account_balance", 0.9)));
		intentService.publish(Topics.CHAT, chat.messaged("I was charged twice", intent("billing_dispute", 0.9)));
		CallbackOffered prompt = await().atMost(Duration.ofSeconds(30))
			.pollInSameThread()
			.until(() -> bots.of(chat.chatId(), CallbackOffered.class), prompts -> !prompts.isEmpty())
			.get(0);
		intentService.publish(Topics.CHAT, chat.answered(prompt.promptId(), CallbackOption.CALLBACK_ASAP, "+442079460958", null, null));
		await().atMost(Duration.ofSeconds(30))
			.pollInSameThread()
			.until(() -> bots.of(chat.chatId(), CallbackRequested.class), requests -> !requests.isEmpty());
	}

	@Test
	@SuppressWarnings("unchecked")
	void showsContainmentAndAcceptancePerBot() {
		Map<String, Object> report = get("/actuator/bots", "admin");

		Map<String, Object> acme = (Map<String, Object>) report.get("acme");
		assertThat(acme).containsOnlyKeys("billing", "faq", "orders", "tech-support");
		Map<String, Object> billing = (Map<String, Object>) acme.get("billing");
		assertThat(billing).containsEntry("queue", "billing").containsEntry("confidenceThreshold", 0.6);
		assertThat((List<String>) billing.get("intents")).contains("account_balance").doesNotContain("billing_dispute");
		assertThat(increase(billing, "messagesHandled")).isEqualTo(2);
		assertThat(increase(billing, "answered")).isEqualTo(1);
		assertThat(increase(billing, "offersMade")).isEqualTo(1);
		assertThat(increase(billing, "offersAccepted")).isEqualTo(1);
		assertThat(increase(billing, "offersDeclined")).isZero();
		assertThat(reasonCount(billing, "INTENT_NOT_HANDLED") - reasonCount(billingBefore, "INTENT_NOT_HANDLED"))
			.isEqualTo(1);
		assertThat(((Number) billing.get("acceptanceRate")).doubleValue())
			.isEqualTo((double) number(billing, "offersAccepted") / number(billing, "offersMade"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void showsWhyEachCallbackInAChatWasOffered() {
		Map<String, Object> report = get("/actuator/bots/" + chat.chatId(), "admin");

		assertThat((List<Map<String, Object>>) report.get("decisions")).extracting(d -> d.get("outcome"), d -> d.get("reason"),
				d -> d.get("detail"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ANSWERED", null,
					"intent account_balance answered by bot billing (confidence 0.90)"),
					org.assertj.core.groups.Tuple.tuple("OFFERED", "INTENT_NOT_HANDLED",
							"intent billing_dispute is not handled by bot billing"));
		assertThat((List<Map<String, Object>>) report.get("offers")).singleElement()
			.satisfies(prompt -> assertThat(prompt).containsEntry("outcome", "ACCEPTED")
				.containsEntry("chosenOption", "CALLBACK_ASAP")
				.containsEntry("queue", "billing"));
	}

	@Test
	void countsContainmentAndAcceptanceForPrometheus() {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(counters()).containsExactlyInAnyOrderEntriesOf(Map.of("answered",
					countersBefore.get("answered") + 1, "offered", countersBefore.get("offered") + 1, "shown",
					countersBefore.get("shown") + 1, "accepted", countersBefore.get("accepted") + 1, "declined",
					countersBefore.get("declined"))));
		String scrape = RestClient.create("http://localhost:" + port)
			.get()
			.uri("/actuator/prometheus")
			.headers(h -> h.setBearerAuth(TestTokens.forUser("admin")))
			.retrieve()
			.body(String.class);
		assertThat(scrape).contains("reachback_bot_offers_total{").contains("reason=\"INTENT_NOT_HANDLED\"");
	}

	@Test
	void onlyAdministratorsMaySeeIt() {
		assertThatThrownBy(() -> get("/actuator/bots", null)).isInstanceOfSatisfying(HttpClientErrorException.class,
				ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
		assertThatThrownBy(() -> get("/actuator/bots", "maria")).isInstanceOfSatisfying(
				HttpClientErrorException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
	}

	/** The counters this scenario moves (and the one it must not), by what they count. */
	private Map<String, Double> counters() {
		Meters bots = new Meters(meters);
		return Map.of("answered", bots.count("reachback.bot.messages", "billing", "outcome", "answered", "reason", "none"),
				"offered",
				bots.count("reachback.bot.messages", "billing", "outcome", "offered", "reason", "INTENT_NOT_HANDLED"),
				"shown", bots.count("reachback.bot.offers", "billing", "reason", "INTENT_NOT_HANDLED"), "accepted",
				bots.count("reachback.bot.offer.answers", "billing", "reason", "INTENT_NOT_HANDLED", "outcome",
						"accepted"),
				"declined", bots.count("reachback.bot.offer.answers", "billing", "reason", "INTENT_NOT_HANDLED",
						"outcome", "declined"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> billing() {
		return (Map<String, Object>) ((Map<String, Object>) get("/actuator/bots", "admin").get("acme"))
			.get("billing");
	}

	private long increase(Map<String, Object> billing, String key) {
		return number(billing, key) - number(billingBefore, key);
	}

	private static long number(Map<String, Object> billing, String key) {
		return ((Number) billing.get(key)).longValue();
	}

	@SuppressWarnings("unchecked")
	private static long reasonCount(Map<String, Object> billing, String reason) {
		Number count = ((Map<String, Number>) billing.get("offersByReason")).get(reason);
		return count == null ? 0 : count.longValue();
	}

	private Map<String, Object> get(String path, String user) {
		return RestClient.create("http://localhost:" + port)
			.get()
			.uri(path)
			.headers(h -> {
				if (user != null) {
					h.setBearerAuth(TestTokens.forUser(user));
				}
			})
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

}
