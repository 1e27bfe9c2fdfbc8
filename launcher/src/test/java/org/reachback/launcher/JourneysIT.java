package org.reachback.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reachback.infra.LocalPostgres;
import org.reachback.testing.SchemaRows;
import org.reachback.testing.SipPhone;
import org.reachback.testing.SipPhone.Scenario;
import org.reachback.testing.TestHttp;
import org.reachback.testing.logs.LogGate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The brief's journeys across all five services, each a real process, over a real Kafka broker
 * and a real PostgreSQL, driven through the public HTTP APIs exactly as README's curl walk does.
 * Each scenario brings online the agents it needs, and every agent is offline again after it, so a
 * scenario's statuses are exact: with nobody online, a callback due now waits DUE. Each uses its own
 * phone number, since a number may have one open callback per brand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneysIT {

	private static final List<String> AGENTS = List.of("maria", "li", "sam");

	/** Signed in at the local run's issuer once the suite has started. */
	private String asAdmin;

	private String asMaria;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final TestHttp intent = TestHttp.onPort(Service.INTENT.port());

	private final TestHttp callbacks = TestHttp.onPort(Service.CALLBACK.port());

	private final TestHttp interaction = TestHttp.onPort(Service.INTERACTION.port());

	private final TestHttp sessions = TestHttp.onPort(Service.SESSION.port());

	private LocalSuite suite;

	/** The demo roster's phone for Maria, and the demo trunk: sipp answers as both. */
	private static final int MARIAS_PHONE = 5071;

	private static final int TRUNK = 5080;

	@TempDir
	Path phones;

	@BeforeAll
	void startSuite() {
		suite = SharedSuite.get();
		asAdmin = LocalSignIn.bearer("admin");
		asMaria = LocalSignIn.bearer("maria");
	}

	@AfterEach
	void everyAgentOffline() {
		for (String agent : AGENTS) {
			interaction.put("/api/v1/agents/" + agent + "/state", asAdmin, Map.of("state", "OFFLINE")).expect(202);
		}
		for (String agent : AGENTS) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> interaction.get("/api/v1/agents/" + agent, asAdmin).expect(200).path("state").asString(),
						"OFFLINE"::equals);
		}
	}

	@AfterAll
	void checkLogs() {
		if (suite != null) {
			LogGate.assertClean(suite.logs());
		}
	}

	@Test
	void journeyOneTheBotAnswersAndOffersNoCallback() {
		Customer customer = startChat(Map.of("brand", "acme", "message", "What are your opening hours?"), "faq");

		List<JsonNode> transcript = awaitEntry(customer, "message", "BOT");
		assertThat(transcript.stream().filter(e -> "BOT".equals(e.path("speaker").asString())).findFirst().orElseThrow()
			.path("text").asString()).containsIgnoringCase("open");
		assertThat(kinds(customer)).doesNotContain("prompt");
	}

	@Test
	void journeyTwoTheBotCannotHelpAndAnAgentCallsBackInTheChat() {
		// The customer asks the billing bot something it does not handle.
		Customer customer = startChat(Map.of("brand", "acme", "message",
				"I was charged twice for the same order and want to dispute the charge", "customer",
				Map.of("name", "Ana", "timeZone", "Europe/London", "locale", "en-GB")), "billing");

		// The bot offers a callback in an interactive prompt.
		String prompt = customer.promptPath(awaitPromptId(customer));

		// An invalid number is refused at once; a valid one books the callback, which waits for an agent.
		intent.post(prompt, customer.bearer(), Map.of("option", "callback-asap", "phone", "12345")).expect(422);
		String callbackId = intent.post(prompt, customer.bearer(), Map.of("option", "callback-asap", "phone",
				"020 7946 0958", "media", "chat")).expect(202).path("callbackId").asString();
		awaitStatus(customer, callbackId, "DUE");

		// A billing agent becomes available, is reserved and offered the callback with its context.
		interaction.put("/api/v1/agents/maria/state", asMaria, Map.of("state", "AVAILABLE")).expect(202);
		JsonNode offer = await().atMost(Duration.ofSeconds(30))
			.until(() -> interaction.get("/api/v1/agents/maria/offers", asMaria)
				.expect(200)
				.valueStream()
				.filter(o -> customer.chatId.equals(o.path("chatId").asString()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(offer.toString()).contains("charged twice").contains("billing_dispute");
		assertThat(intent.get("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(200).path("status").asString())
			.isEqualTo("AGENT_RESERVED");
		interaction.post("/api/v1/offers/" + offer.path("offerId").asString() + "/accept", asMaria, Map.of()).expect(200);

		// The agent joins the chat and sees the transcript and the bot's reason.
		JsonNode mySession = await().atMost(Duration.ofSeconds(30))
			.until(() -> sessions.get("/api/v1/agents/maria/sessions", asMaria)
				.expect(200)
				.valueStream()
				.filter(s -> customer.chatId.equals(s.path("chatId").asString()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		String sessionId = mySession.path("sessionId").asString();
		JsonNode session = sessions.get("/api/v1/sessions/" + sessionId, asMaria).expect(200);
		assertThat(session.path("phone").asString()).isEqualTo("+442079460958");
		assertThat(session.path("reason").asString()).isNotBlank();
		assertThat(session.path("transcript").toString()).contains("charged twice");
		awaitEntry(customer, "agent-joined", "AGENT");

		// Agent and customer talk.
		sessions.post("/api/v1/sessions/" + sessionId + "/messages", asMaria,
				Map.of("text", "Hi Ana, Maria from billing here. Let me look at that double charge.")).expect(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> transcript(customer).stream()
				.anyMatch(e -> "AGENT".equals(e.path("speaker").asString())
						&& e.path("text").asString().contains("double charge")));
		intent.post("/api/v1/chats/" + customer.chatId + "/messages", customer.bearer(),
				Map.of("text", "Thank you Maria, it was order 1234.")).expect(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> sessions.get("/api/v1/sessions/" + sessionId, asMaria)
				.expect(200)
				.path("transcript")
				.toString()
				.contains("order 1234"));

		// The agent completes the session; the callback ends completed and the customer sees it.
		sessions.post("/api/v1/sessions/" + sessionId + "/complete", asMaria, Map.of()).expect(200);
		awaitStatus(customer, callbackId, "COMPLETED");
		assertThat(kinds(customer)).contains("message", "prompt", "callback", "agent-joined", "agent-left");

		// Another chat's token never sees this callback.
		Customer other = startChat(Map.of("brand", "acme", "message", "hello"), null);
		intent.get("/api/v1/callbacks/" + callbackId, other.bearer()).expect(404);
	}

	@Test
	void journeyTwoAsAVoiceCallbackMariasPhoneRingsThenTheCustomersAndTheCallCompletes() {
		try (SipPhone marias = SipPhone.answering(MARIAS_PHONE, Scenario.ANSWER_THEN_WAIT_FOR_BYE, phones);
				SipPhone customers = SipPhone.answering(TRUNK, Scenario.ANSWER_THEN_HANG_UP, phones)) {
			Customer customer = billingCustomer("Gil");
			JsonNode prompt = awaitPrompt(customer);
			assertThat(prompt.path("media").valueStream().map(JsonNode::asString)).containsExactly("voice", "chat");

			// "Call me": the callback, the agent's offer and the session carry the medium.
			String callbackId = intent.post(customer.promptPath(prompt.path("promptId").asString()),
					customer.bearer(), Map.of("option", "callback-asap", "phone", "020 7946 0615", "media", "voice"))
				.expect(202)
				.path("callbackId")
				.asString();
			awaitStatus(customer, callbackId, "DUE");
			interaction.put("/api/v1/agents/maria/state", asMaria, Map.of("state", "AVAILABLE")).expect(202);
			assertThat(acceptOffer(callbackId).path("media").asString()).isEqualTo("voice");

			// Maria's phone rings first; once she answers, the customer's; they talk; the customer hangs up.
			awaitStatus(customer, callbackId, "COMPLETED");
			assertThat(marias.exitCode()).isZero();
			assertThat(customers.exitCode()).isZero();
			assertThat(marias.received()).containsExactly("INVITE", "ACK", "BYE");
			assertThat(customers.received()).containsExactly("INVITE", "ACK", "200");
			assertThat(customers.receivedMessages().get(0)).startsWith("INVITE sip:+442079460615@127.0.0.1:" + TRUNK);
			JsonNode session = sessionOf(callbackId);
			assertThat(session.path("channel").asString()).isEqualTo("VOICE");
			assertThat(session.path("status").asString()).isEqualTo("COMPLETED");
			assertThat(session.path("call").path("state").asString()).isEqualTo("ENDED");
			assertThat(session.path("call").path("agentPhone").asString()).isEqualTo("sip:maria@127.0.0.1:" + MARIAS_PHONE);
			awaitSystemLine(customer, "You are on the phone with Maria");
			assertThat(callbacks.get("/api/v1/callbacks/" + callbackId, asAdmin).expect(200).path("transitions").toString())
				.contains("completed after");
		}
	}

	@Test
	void aVoiceCallbackToABusyLineIsTriedAgainAndThenCompletes() {
		Customer customer = billingCustomer("Hal");
		String callbackId = callMeAsSoonAsPossible(customer, "020 7946 0716");

		// Attempt 1: the line is busy; Maria is hung up and the retry policy tries again (2 s later here).
		try (SipPhone marias = SipPhone.answering(MARIAS_PHONE, Scenario.ANSWER_THEN_WAIT_FOR_BYE, phones);
				SipPhone busy = SipPhone.answering(TRUNK, Scenario.BUSY, phones)) {
			acceptOffer(callbackId);
			awaitSystemLine(customer, "We couldn't reach you; we'll try again at");
			assertThat(busy.exitCode()).isZero();
			assertThat(marias.exitCode()).isZero();
			assertThat(marias.received()).containsExactly("INVITE", "ACK", "BYE");
		}

		// Attempt 2: the customer answers.
		try (SipPhone marias = SipPhone.answering(MARIAS_PHONE, Scenario.ANSWER_THEN_HANG_UP, phones);
				SipPhone customers = SipPhone.answering(TRUNK, Scenario.ANSWER_THEN_WAIT_FOR_BYE, phones)) {
			acceptOffer(callbackId);
			awaitStatus(customer, callbackId, "COMPLETED");
			assertThat(marias.exitCode()).isZero();
			assertThat(customers.exitCode()).isZero();
		}
		JsonNode record = callbacks.get("/api/v1/callbacks/" + callbackId, asAdmin).expect(200);
		assertThat(record.path("callback").path("attempt").asInt()).isEqualTo(2);
		assertThat(record.path("transitions").toString()).contains("BUSY on attempt 1");
	}

	@Test
	void aSessionServiceKilledWhileTheCustomersPhoneRingsNeverDialsThatAttemptAgain() throws Exception {
		Customer customer = billingCustomer("Ida");
		String callbackId = callMeAsSoonAsPossible(customer, "020 7946 0817");
		try (SipPhone marias = SipPhone.answering(MARIAS_PHONE, Scenario.ANSWER_THEN_WAIT_FOR_BYE, phones);
				SipPhone customers = SipPhone.answering(TRUNK, Scenario.RING_UNTIL_CANCELLED, phones)) {
			acceptOffer(callbackId);
			await().atMost(Duration.ofSeconds(30)).until(() -> customers.received().contains("INVITE"));

			suite.kill(Service.SESSION);
			suite.start(Service.SESSION);

			// The interrupted attempt is settled, not redialled; with no attempt left for it here, it expires.
			awaitStatus(customer, callbackId, "EXPIRED");
			assertThat(callbacks.get("/api/v1/callbacks/" + callbackId, asAdmin).expect(200).path("transitions").toString())
				.contains("INTERRUPTED");
			assertThat(sessionOf(callbackId).path("outcome").asString()).isEqualTo("INTERRUPTED");
			assertThat(customers.received()).containsExactly("INVITE");
			assertThat(marias.received()).containsExactly("INVITE");
			await().atMost(Duration.ofSeconds(30))
				.until(() -> interaction.get("/api/v1/agents/maria", asAdmin).expect(200).path("state").asString(),
						"AVAILABLE"::equals);
		}
	}

	@Test
	void aServiceThatCrashesIsRestartedByTheLauncherAndItsCallbacksCarryOn() {
		Customer customer = billingCustomer("Jo");
		String prompt = customer.promptPath(awaitPromptId(customer));
		long before = suite.processIds().get(Service.CALLBACK);

		suite.crash(Service.CALLBACK);
		String callbackId = intent.post(prompt, customer.bearer(), Map.of("option", "callback-asap", "phone",
				"020 7946 0919", "media", "chat")).expect(202).path("callbackId").asString();

		// The launcher notices the exit, starts the service again, and the request is booked once.
		suite.awaitHealthy(Service.CALLBACK);
		assertThat(suite.processIds().get(Service.CALLBACK)).isNotEqualTo(before);
		assertThat(suite.restarts(Service.CALLBACK)).isEqualTo(1);
		awaitStatus(customer, callbackId, "DUE");
		assertBookedOnce(callbackId, "+442079460919");
		intent.delete("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(202);
		awaitStatus(customer, callbackId, "CANCELLED");
	}

	@Test
	void journeyThreeMariaCallsAtTheTimeAskedForWithinHoursAndCapacity() {
		Customer customer = startChat(Map.of("brand", "acme", "message", "Can Maria call me tomorrow at 10?",
				"customer", Map.of("name", "Dee", "locale", "en-GB", "timeZone", "Europe/London")), null);

		// The prompt suggests tomorrow at 10:00 London time, with Maria, among her nearest free slots.
		JsonNode prompt = awaitPrompt(customer);
		Instant tomorrowAtTen = LocalDate.now(LONDON).plusDays(1).atTime(10, 0).atZone(LONDON).toInstant();
		assertThat(Instant.parse(prompt.path("suggestedSlot").asString())).isEqualTo(tomorrowAtTen);
		assertThat(prompt.path("preferredAgent").asString()).isEqualTo("maria");
		assertThat(prompt.path("slots").valueStream().map(JsonNode::asString)).contains(tomorrowAtTen.toString());
		JsonNode mariasSlots = intent.get("/api/v1/chats/" + customer.chatId + "/slots?days=2&agent=maria",
				customer.bearer()).expect(200);
		assertThat(mariasSlots.path("timeZone").asString()).isEqualTo("Europe/London");
		assertThat(mariasSlots.path("slots").valueStream().map(slot -> Instant.parse(slot.path("start").asString())))
			.contains(tomorrowAtTen);

		// Chosen, it is booked against Maria's capacity before the customer is told so.
		String callbackId = intent.post(customer.promptPath(prompt.path("promptId").asString()), customer.bearer(),
				Map.of("option", "callback-scheduled", "phone", "020 7946 0301", "slot", tomorrowAtTen.toString()))
			.expect(202)
			.path("callbackId")
			.asString();
		awaitStatus(customer, callbackId, "SCHEDULED");
		JsonNode callback = intent.get("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(200);
		assertThat(Instant.parse(callback.path("dueAt").asString())).isEqualTo(tomorrowAtTen);
		assertThat(callback.path("preferredAgent").asString()).isEqualTo("maria");
		awaitSystemLine(customer, "Your callback is booked for");
		assertNoSlotOverbooked("billing");
		assertThat(interaction.get("/api/v1/queues/billing/availability?days=2", asAdmin).expect(200).valueStream()
			.filter(slot -> Instant.parse(slot.path("start").asString()).equals(tomorrowAtTen))
			.findFirst()
			.orElseThrow()
			.path("booked")
			.asInt()).isPositive();
		intent.delete("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(202);
		awaitStatus(customer, callbackId, "CANCELLED");
	}

	@Test
	void journeyFourTheCustomerMovesThenCancelsTheirCallbackThroughTheSignedLink() {
		Customer customer = startChat(Map.of("brand", "acme", "message", "Can Maria call me tomorrow at 10?",
				"customer", Map.of("name", "Eve", "locale", "en-GB", "timeZone", "Europe/London")), null);
		JsonNode prompt = awaitPrompt(customer);
		String slot = prompt.path("suggestedSlot").asString();
		String callbackId = intent.post(customer.promptPath(prompt.path("promptId").asString()), customer.bearer(),
				Map.of("option", "callback-scheduled", "phone", "020 7946 0402", "slot", slot))
			.expect(202)
			.path("callbackId")
			.asString();
		awaitStatus(customer, callbackId, "SCHEDULED");
		String link = intent.get("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(200).path("manageUrl")
			.asString();
		String linkPath = link.substring(intent.base().length());

		// Moved through the link, which needs no chat token, to a later free slot.
		Instant later = intent.get("/api/v1/chats/" + customer.chatId + "/slots?days=3", customer.bearer())
			.expect(200)
			.path("slots")
			.valueStream()
			.map(free -> Instant.parse(free.path("start").asString()))
			.filter(start -> start.isAfter(Instant.parse(slot).plusSeconds(3600)))
			.findFirst()
			.orElseThrow();
		intent.patch(linkPath, null, Map.of("slot", later.toString())).expect(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Instant.parse(intent.get(linkPath, null).expect(200).path("dueAt").asString()), later::equals);
		assertThat(intent.get(linkPath, null).expect(200).path("status").asString()).isEqualTo("SCHEDULED");
		awaitSystemLine(customer, "Your callback is now at");
		assertNoSlotOverbooked("billing");

		// Cancelled through the link; a tampered link finds nothing.
		intent.delete(linkPath, null).expect(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> intent.get(linkPath, null).expect(200).path("status").asString(), "CANCELLED"::equals);
		// a character in the middle of the token: every bit of it counts (the last one's low bits may not)
		int middle = linkPath.length() - 20;
		String tampered = linkPath.substring(0, middle) + (linkPath.charAt(middle) == 'A' ? 'B' : 'A')
				+ linkPath.substring(middle + 1);
		intent.get(tampered, null).expect(404);
		intent.delete(tampered, null).expect(404);
	}

	@Test
	void journeyFiveNobodyAnswersTheCallbackIsTriedAgainThenExpiresAndTheCustomerIsToldEachTime() {
		Customer customer = billingCustomer("Fay");
		String callbackId = intent.post(customer.promptPath(awaitPromptId(customer)), customer.bearer(),
				Map.of("option", "callback-asap", "phone", "020 7946 0503", "media", "chat")).expect(202)
			.path("callbackId")
			.asString();
		awaitStatus(customer, callbackId, "DUE");
		interaction.put("/api/v1/agents/maria/state", asMaria, Map.of("state", "AVAILABLE")).expect(202);

		// Attempt 1: Maria records that nobody answered; the retry policy tries again (2 s later here).
		sessions.post("/api/v1/sessions/" + acceptedSession(callbackId) + "/complete", asMaria,
				Map.of("outcome", "NO_ANSWER")).expect(200);
		awaitSystemLine(customer, "We couldn't reach you; we'll try again at");

		// Attempt 2: the customer never replies in the chat; after 10 s the session ends as no answer,
		// no attempts are left, the callback expires and the customer is told.
		acceptedSession(callbackId);
		awaitStatus(customer, callbackId, "EXPIRED");
		awaitSystemLine(customer, "Sorry, we tried but could not call you back in time.");
		JsonNode record = callbacks.get("/api/v1/callbacks/" + callbackId, asAdmin).expect(200);
		assertThat(record.path("transitions").valueStream()
			.filter(t -> t.path("applied").asBoolean())
			.map(t -> t.path("to").asString())
			.toList()).containsSubsequence("DUE", "IN_PROGRESS", "SCHEDULED", "DUE", "IN_PROGRESS", "EXPIRED");
		assertThat(record.path("callback").path("attempt").asInt()).isEqualTo(2);
	}

	@Test
	void aCallbackRequestedWhileCallbackServiceIsDownIsBookedOnceWhenItIsBack() throws Exception {
		Customer customer = startChat(Map.of("brand", "acme", "message", "I want to talk to a real person please",
				"customer", Map.of("name", "Bo", "locale", "en-US")), null);
		String prompt = customer.promptPath(awaitPromptId(customer));

		suite.stop(Service.CALLBACK);
		String callbackId = intent.post(prompt, customer.bearer(),
				Map.of("option", "callback-asap", "phone", "+1 415 555 2671")).expect(202).path("callbackId").asString();
		assertThat(intent.get("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(200).path("status").asString())
			.isEqualTo("REQUESTED");
		suite.start(Service.CALLBACK);

		awaitStatus(customer, callbackId, "DUE");
		assertBookedOnce(callbackId, "+14155552671");

		intent.delete("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(202);
		awaitStatus(customer, callbackId, "CANCELLED");
	}

	@Test
	void aCallbackRequestedJustBeforeTheDatabaseGoesDownIsBookedOnceWhenItIsBack() {
		Customer customer = startChat(Map.of("brand", "acme", "message", "I need to speak to a human agent",
				"customer", Map.of("name", "Cy", "locale", "en-GB")), null);
		String prompt = customer.promptPath(awaitPromptId(customer));
		String callbackId = intent.post(prompt, customer.bearer(),
				Map.of("option", "callback-asap", "phone", "07911 123456")).expect(202).path("callbackId").asString();

		suite.stopDatabase();
		try {
			// longer than the bounded retries for faulty events (10 s): an outage must not dead-letter
			await().during(Duration.ofSeconds(12))
				.atMost(Duration.ofSeconds(20))
				.until(() -> intent.statusOf("/api/v1/callbacks/" + callbackId, customer.bearer()) == 503);
		}
		finally {
			suite.startDatabase();
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> intent.statusOf("/api/v1/callbacks/" + callbackId, customer.bearer()) == 200);
		awaitStatus(customer, callbackId, "DUE");
		assertBookedOnce(callbackId, "+447911123456");
		intent.delete("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(202);
		awaitStatus(customer, callbackId, "CANCELLED");
	}

	@Test
	void anAdministratorErasesACustomerByTheirNumberFromEveryService() throws Exception {
		// A whole journey: the customer's name, number and words reach every service.
		String name = "Zephyrine";
		String words = "my reference is erase-7731";
		Customer customer = billingCustomer(name);
		String callbackId = intent.post(customer.promptPath(awaitPromptId(customer)), customer.bearer(),
				Map.of("option", "callback-asap", "phone", "020 7946 0321", "media", "chat"))
			.expect(202)
			.path("callbackId")
			.asString();
		awaitStatus(customer, callbackId, "DUE");
		interaction.put("/api/v1/agents/maria/state", asMaria, Map.of("state", "AVAILABLE")).expect(202);
		String sessionId = acceptedSession(callbackId);
		intent.post("/api/v1/chats/" + customer.chatId + "/messages", customer.bearer(), Map.of("text", words))
			.expect(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> sessions.get("/api/v1/sessions/" + sessionId, asMaria).expect(200).toString().contains(words));
		sessions.post("/api/v1/sessions/" + sessionId + "/complete", asMaria, Map.of()).expect(200);
		awaitStatus(customer, callbackId, "COMPLETED");
		List<String> needles = List.of(name, "+442079460321", words);
		for (Service service : Service.values()) {
			assertThat(rowsHolding(service, needles)).as(service.module() + " before the erasure").isPositive();
		}
		// On the topics, their data is sealed for their chat: only the keyring opens it.
		TopicArchive before = TopicArchive.read(suite.kafkaBootstrapServers(), suite.postgres());
		for (String needle : needles) {
			assertThat(before.holding(needle)).as("records holding %s in the clear", needle).isEmpty();
		}
		List<ConsumerRecord<String, String>> sealed = before.sealedFor(customer.chatId);
		assertThat(sealed).extracting(ConsumerRecord::topic)
			.as("the chat's, the bot's, the callback's and the assignment's events")
			.contains("reachback.chat", "reachback.bot", "reachback.callback", "reachback.assignment");
		assertThat(sealed.stream().map(before::open).flatMap(Optional::stream).map(Object::toString))
			.as("opened with the chat's key")
			.hasSize(sealed.size())
			.anySatisfy(event -> assertThat(event).contains(name))
			.anySatisfy(event -> assertThat(event).contains("+442079460321"))
			.anySatisfy(event -> assertThat(event).contains(words));

		// An administrator erases them by their number, as they wrote it; every service confirms.
		String erasure = intent.post("/api/admin/v1/erasures", asAdmin, Map.of("phone", "020 7946 0321"))
			.expect(202)
			.path("erasureId")
			.asString();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> intent.get("/api/admin/v1/erasures/" + erasure, asAdmin).expect(200).path("complete").asBoolean());

		// Then no row of any service holds the name, the number or the words, and the chat is gone.
		for (Service service : Service.values()) {
			assertThat(rowsHolding(service, needles)).as(service.module() + " after the erasure").isZero();
		}
		intent.get("/api/v1/chats/" + customer.chatId + "/transcript", customer.bearer()).expect(404);
		// The broker still holds every record it held, and none of them can be read any more.
		TopicArchive after = TopicArchive.read(suite.kafkaBootstrapServers(), suite.postgres());
		List<ConsumerRecord<String, String>> shredded = after.sealedFor(customer.chatId);
		assertThat(shredded).hasSizeGreaterThanOrEqualTo(sealed.size());
		assertThat(shredded).allSatisfy(record -> assertThat(after.open(record)).as(record.topic()).isEmpty());
		for (String needle : needles) {
			assertThat(after.holding(needle)).as("records holding %s in the clear", needle).isEmpty();
		}
	}

	/** Rows of the service's schema in which any of the texts appears, in any column. */
	private int rowsHolding(Service service, List<String> texts) {
		LocalPostgres postgres = suite.postgres();
		JdbcClient database = JdbcClient
			.create(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), postgres.password()));
		return texts.stream().mapToInt(text -> SchemaRows.holding(database, service.schema(), text)).sum();
	}

	/** Waits for the callback to be offered to Maria, accepts it, and answers the session it opens. */
	private String acceptedSession(String callbackId) {
		acceptOffer(callbackId);
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> sessions.get("/api/v1/agents/maria/sessions", asMaria)
				.expect(200)
				.valueStream()
				.filter(s -> callbackId.equals(s.path("callbackId").asString())
						&& "CONNECTED".equals(s.path("status").asString()))
				.findFirst(), Optional::isPresent)
			.orElseThrow()
			.path("sessionId")
			.asString();
	}

	/** A customer whose question the billing bot cannot answer, in London. */
	private Customer billingCustomer(String name) {
		return startChat(Map.of("brand", "acme", "message",
				"I was charged twice for the same order and want to dispute the charge", "customer",
				Map.of("name", name, "timeZone", "Europe/London", "locale", "en-GB")), "billing");
	}

	/**
	 * Answers the prompt with "call me as soon as possible" on {@code phone} (no medium: a number
	 * makes it a call) and makes Maria available once it is due.
	 */
	private String callMeAsSoonAsPossible(Customer customer, String phone) {
		String callbackId = intent.post(customer.promptPath(awaitPromptId(customer)), customer.bearer(),
				Map.of("option", "callback-asap", "phone", phone)).expect(202).path("callbackId").asString();
		awaitStatus(customer, callbackId, "DUE");
		interaction.put("/api/v1/agents/maria/state", asMaria, Map.of("state", "AVAILABLE")).expect(202);
		return callbackId;
	}

	/** Waits for the callback to be offered to Maria and accepts it; returns the offer as she saw it. */
	private JsonNode acceptOffer(String callbackId) {
		JsonNode offer = await().atMost(Duration.ofSeconds(30))
			.until(() -> interaction.get("/api/v1/agents/maria/offers", asMaria)
				.expect(200)
				.valueStream()
				.filter(o -> callbackId.equals(o.path("callbackId").asString()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		interaction.post("/api/v1/offers/" + offer.path("offerId").asString() + "/accept", asMaria, Map.of()).expect(200);
		return offer;
	}

	/** Maria's latest session for the callback, as the agent console reads it. */
	private JsonNode sessionOf(String callbackId) {
		String sessionId = await().atMost(Duration.ofSeconds(30))
			.until(() -> sessions.get("/api/v1/agents/maria/sessions", asMaria)
				.expect(200)
				.valueStream()
				.filter(s -> callbackId.equals(s.path("callbackId").asString()))
				.findFirst(), Optional::isPresent)
			.orElseThrow()
			.path("sessionId")
			.asString();
		return sessions.get("/api/v1/sessions/" + sessionId, asMaria).expect(200);
	}

	/** No slot of the queue's admin availability shows more booked than its capacity. */
	private void assertNoSlotOverbooked(String queue) {
		assertThat(interaction.get("/api/v1/queues/" + queue + "/availability?days=7", asAdmin).expect(200).valueStream())
			.isNotEmpty()
			.allSatisfy(slot -> assertThat(slot.path("booked").asInt()).as(slot.toString())
				.isLessThanOrEqualTo(slot.path("capacity").asInt()));
	}

	private JsonNode awaitPrompt(Customer customer) {
		return awaitEntry(customer, "prompt", "BOT").stream()
			.filter(e -> "prompt".equals(e.path("kind").asString()))
			.findFirst()
			.orElseThrow()
			.path("prompt");
	}

	private void awaitSystemLine(Customer customer, String start) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> transcript(customer).stream()
				.anyMatch(e -> "SYSTEM".equals(e.path("speaker").asString()) && e.path("text").asString().startsWith(start)));
	}

	/** Opens a chat and checks the bot it was routed to, when {@code bot} is given. */
	private Customer startChat(Map<String, Object> request, String bot) {
		JsonNode chat = intent.post("/api/v1/chats", null, request).expect(201);
		if (bot != null) {
			assertThat(chat.path("bot").asString()).isEqualTo(bot);
		}
		return new Customer(chat.path("chatId").asString(), chat.path("token").asString());
	}

	private void awaitStatus(Customer customer, String callbackId, String status) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> intent.get("/api/v1/callbacks/" + callbackId, customer.bearer()).expect(200).path("status")
				.asString(), status::equals);
	}

	private String awaitPromptId(Customer customer) {
		return awaitPrompt(customer).path("promptId").asString();
	}

	/** callback-service holds the callback with the number in E.164, scheduled exactly once. */
	private void assertBookedOnce(String callbackId, String phone) {
		JsonNode record = callbacks.get("/api/v1/callbacks/" + callbackId, asAdmin).expect(200);
		assertThat(record.path("callback").path("phone").asString()).isEqualTo(phone);
		assertThat(record.path("transitions")
			.valueStream()
			.filter(t -> "SCHEDULED".equals(t.path("to").asString()) && t.path("applied").asBoolean())
			.count()).isEqualTo(1);
	}

	private List<JsonNode> transcript(Customer customer) {
		return intent.get("/api/v1/chats/" + customer.chatId + "/transcript", customer.bearer())
			.expect(200)
			.valueStream()
			.toList();
	}

	private List<String> kinds(Customer customer) {
		return transcript(customer).stream().map(e -> e.path("kind").asString()).toList();
	}

	private List<JsonNode> awaitEntry(Customer customer, String kind, String speaker) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> transcript(customer), entries -> entries.stream()
				.anyMatch(e -> kind.equals(e.path("kind").asString())
						&& (speaker == null || speaker.equals(e.path("speaker").asString()))));
	}

	record Customer(String chatId, String token) {

		String bearer() {
			return TestHttp.bearer(token);
		}

		String promptPath(String promptId) {
			return "/api/v1/chats/" + chatId + "/prompts/" + promptId;
		}

	}

}
