package org.reachback.chatbot.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.KafkaChat;
import org.reachback.events.CallbackOption;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.infra.ServiceIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class BotsEndpointIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	private KafkaChat bots;

	private final ChatEvents chat = new ChatEvents("billing");

	@BeforeEach
	void aCustomerAcceptsACallbackAfterOneAnswer() {
		bots = new KafkaChat(kafka, brokers);
		bots.send(chat.started("What's my balance?", intent("account_balance", 0.9)));
		bots.send(chat.messaged("I was charged twice", intent("billing_dispute", 0.9)));
		CallbackOffered offer = await().atMost(Duration.ofSeconds(30))
			.pollInSameThread()
			.until(() -> bots.eventsOf(chat.chatId(), CallbackOffered.class), offers -> !offers.isEmpty())
			.get(0);
		bots.send(chat.answered(offer.promptId(), CallbackOption.CALLBACK_ASAP, "+442079460958", null, null));
		await().atMost(Duration.ofSeconds(30))
			.pollInSameThread()
			.until(() -> bots.eventsOf(chat.chatId(), CallbackRequested.class), requests -> !requests.isEmpty());
	}

	@AfterEach
	void closeConsumer() {
		bots.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void showsContainmentAndAcceptancePerBot() {
		Map<String, Object> report = get("/actuator/bots", "admin", "admin");

		Map<String, Object> acme = (Map<String, Object>) report.get("acme");
		assertThat(acme).containsOnlyKeys("billing", "faq", "orders", "tech-support");
		Map<String, Object> billing = (Map<String, Object>) acme.get("billing");
		assertThat(billing).containsEntry("queue", "billing").containsEntry("confidenceThreshold", 0.6);
		assertThat((List<String>) billing.get("intents")).contains("account_balance").doesNotContain("billing_dispute");
		assertThat(((Number) billing.get("messagesHandled")).longValue()).isGreaterThanOrEqualTo(2);
		assertThat(((Number) billing.get("answered")).longValue()).isGreaterThanOrEqualTo(1);
		assertThat(((Number) billing.get("offersAccepted")).longValue()).isGreaterThanOrEqualTo(1);
		assertThat(((Map<String, Number>) billing.get("offersByReason")).get("INTENT_NOT_HANDLED").longValue())
			.isGreaterThanOrEqualTo(1);
		assertThat(((Number) billing.get("acceptanceRate")).doubleValue()).isBetween(0.0, 1.0).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void showsWhyEachCallbackInAChatWasOffered() {
		Map<String, Object> report = get("/actuator/bots/" + chat.chatId(), "admin", "admin");

		assertThat((List<Map<String, Object>>) report.get("decisions")).extracting(d -> d.get("outcome"), d -> d.get("reason"),
				d -> d.get("detail"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ANSWERED", null,
					"intent account_balance answered by bot billing (confidence 0.90)"),
					org.assertj.core.groups.Tuple.tuple("OFFERED", "INTENT_NOT_HANDLED",
							"intent billing_dispute is not handled by bot billing"));
		assertThat((List<Map<String, Object>>) report.get("offers")).singleElement()
			.satisfies(offer -> assertThat(offer).containsEntry("outcome", "ACCEPTED")
				.containsEntry("chosenOption", "CALLBACK_ASAP")
				.containsEntry("queue", "billing"));
	}

	@Test
	void countsContainmentAndAcceptanceForPrometheus() {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(meters.get("reachback.bot.offer.answers")
				.tags("brand", "acme", "bot", "billing", "reason", "INTENT_NOT_HANDLED", "outcome", "accepted")
				.counter()
				.count()).isGreaterThanOrEqualTo(1);
			assertThat(meters.get("reachback.bot.messages")
				.tags("brand", "acme", "bot", "billing", "outcome", "answered")
				.counter()
				.count()).isGreaterThanOrEqualTo(1);
		});
		String scrape = RestClient.create("http://localhost:" + port)
			.get()
			.uri("/actuator/prometheus")
			.headers(h -> h.setBasicAuth("admin", "admin"))
			.retrieve()
			.body(String.class);
		assertThat(scrape).contains("reachback_bot_offers_total{").contains("reason=\"INTENT_NOT_HANDLED\"");
	}

	@Test
	void onlyAdministratorsMaySeeIt() {
		assertThatThrownBy(() -> get("/actuator/bots", null, null)).isInstanceOfSatisfying(HttpClientErrorException.class,
				ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
		assertThatThrownBy(() -> get("/actuator/bots", "maria", "demo")).isInstanceOfSatisfying(
				HttpClientErrorException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
	}

	private Map<String, Object> get(String path, String user, String password) {
		return RestClient.create("http://localhost:" + port)
			.get()
			.uri(path)
			.headers(h -> {
				if (user != null) {
					h.setBasicAuth(user, password);
				}
			})
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

}
