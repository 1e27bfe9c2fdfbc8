package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/** The slots a customer browses beyond their prompt's, read from interaction-manager's availability views. */
@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class ChatSlotsIntegrationTest extends ChatApiSupport {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	JdbcClient jdbc;

	private final Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);

	private String queue;

	@BeforeEach
	void aQueueOfItsOwn() {
		queue = "billing-" + UUID.randomUUID();
	}

	@Test
	void theCustomerSeesTheQueuesFreeSlotsInTheirOwnZone() {
		OpenChat chat = newYorker();
		offered(chat, List.of());
		slot(hour.plus(Duration.ofHours(2)), 3, 1);
		slot(hour.plus(Duration.ofHours(3)), 2, 2);
		slot(hour.plus(Duration.ofDays(3)), 1, 0);
		slot(hour.plus(Duration.ofDays(10)), 1, 0);
		slot(hour.minus(Duration.ofHours(1)), 4, 0);

		JsonNode week = http.get(path(chat), bearer(chat.token())).expect(200);
		JsonNode fortnight = http.get(path(chat) + "?days=14", bearer(chat.token())).expect(200);

		assertThat(week.get("timeZone").asString()).isEqualTo("America/New_York");
		assertThat(starts(week)).as("free, future and within 7 days, earliest first")
			.containsExactly(hour.plus(Duration.ofHours(2)), hour.plus(Duration.ofDays(3)));
		JsonNode first = week.get("slots").get(0);
		OffsetDateTime start = OffsetDateTime.parse(first.get("start").asString());
		assertThat(start.getOffset()).isEqualTo(NEW_YORK.getRules().getOffset(start.toInstant()));
		assertThat(OffsetDateTime.parse(first.get("end").asString()).toInstant())
			.isEqualTo(hour.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(30)));
		assertThat(first.has("agent")).isFalse();
		assertThat(starts(fortnight)).hasSize(3).endsWith(hour.plus(Duration.ofDays(10)));
	}

	@Test
	void onlySlotsInsideTheCustomersCallingWindowAreOffered() {
		ZoneId paris = ZoneId.of("Europe/Paris");
		OpenChat chat = startChat("I was charged twice",
				Map.of("name", "Ada", "phone", "+33 1 23 45 67 89", "timeZone", "Europe/Paris", "locale", "fr-FR"));
		offered(chat, List.of());
		LocalDate tomorrow = LocalDate.now(paris).plusDays(1);
		Instant early = tomorrow.atTime(9, 30).atZone(paris).toInstant();
		Instant noon = tomorrow.atTime(12, 0).atZone(paris).toInstant();
		Instant late = tomorrow.atTime(20, 0).atZone(paris).toInstant();
		for (Instant start : List.of(early, noon, late)) {
			slot(start, 1, 0);
		}

		JsonNode slots = http.get(path(chat) + "?days=3", bearer(chat.token())).expect(200);

		assertThat(starts(slots)).as("France is called 10:00-20:00").containsExactly(noon);
		assertThat(slots.get("callingWindow").asString()).isEqualTo("10:00–20:00 in Europe/Paris");
		assertThat(slots.get("slots").get(0).get("start").asString()).matches(".*T12:00:00\\+0[12]:00");
	}

	@Test
	void withAnAgentTheSlotsAreThatAgentsOwn() {
		OpenChat chat = newYorker();
		offered(chat, List.of());
		agentSlot("maria", "Maria", hour.plus(Duration.ofHours(5)), 1);
		agentSlot("maria", "Maria", hour.plus(Duration.ofHours(6)), 0);
		agentSlot("li", "Li", hour.plus(Duration.ofHours(5)), 1);

		JsonNode maria = http.get(path(chat) + "?agent=maria&days=2", bearer(chat.token())).expect(200);

		assertThat(starts(maria)).containsExactly(hour.plus(Duration.ofHours(5)));
		assertThat(maria.get("slots").get(0).get("agent").asString()).isEqualTo("maria");
		assertThat(maria.get("slots").get(0).get("agentName").asString()).isEqualTo("Maria");
	}

	@Test
	void aSlotFromTheListMayBeChosenInTheAnswerButNotAFullOne() {
		OpenChat chat = startChat("I was charged twice");
		Instant offered = hour.plus(Duration.ofHours(1));
		Instant browsed = hour.plus(Duration.ofDays(2));
		Instant full = hour.plus(Duration.ofDays(2)).plus(Duration.ofHours(1));
		UUID promptId = offered(chat, List.of(offered));
		slot(browsed, 2, 1);
		slot(full, 2, 2);
		String answer = "/api/v1/chats/" + chat.id() + "/prompts/" + promptId;

		TestHttp.Response notFree = http.post(answer, bearer(chat.token()),
				Map.of("option", "callback-scheduled", "slot", full.toString()));
		TestHttp.Response taken = http.post(answer, bearer(chat.token()),
				Map.of("option", "callback-scheduled", "slot", browsed.toString()));

		assertThat(notFree.status()).isEqualTo(422);
		assertThat(notFree.body().get("detail").asString()).contains("is not free");
		assertThat(taken.status()).as(taken.toString()).isEqualTo(202);
		PromptAnswered answered = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), PromptAnswered.class), found -> found.size() == 1)
			.get(0);
		assertThat(answered.slot()).isEqualTo(browsed);
	}

	@Test
	void aSlotIsChosenAsTheListWritesIt() {
		OpenChat chat = newYorker();
		Instant browsed = hour.plus(Duration.ofDays(4));
		UUID promptId = offered(chat, List.of());
		slot(browsed, 1, 0);
		String listed = http.get(path(chat), bearer(chat.token())).expect(200).get("slots").get(0).get("start").asString();
		assertThat(listed).doesNotEndWith("Z");

		TestHttp.Response taken = http.post("/api/v1/chats/" + chat.id() + "/prompts/" + promptId, bearer(chat.token()),
				Map.of("option", "callback-scheduled", "slot", listed, "phone", freshPhone()));

		assertThat(taken.status()).as(taken.toString()).isEqualTo(202);
		PromptAnswered answered = await().atMost(Duration.ofSeconds(20))
			.until(() -> chatTopic.of(chat.id(), PromptAnswered.class), found -> found.size() == 1)
			.get(0);
		assertThat(answered.slot()).isEqualTo(browsed);
		TestHttp.Response moved = http.patch("/api/v1/callbacks/" + taken.body().get("callbackId").asString(),
				bearer(chat.token()), Map.of("slot", OffsetDateTime.parse(listed).plusDays(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(202);
		assertThat(Instant.parse(moved.body().get("requestedSlot").asString())).isEqualTo(browsed.plus(Duration.ofDays(1)));
	}

	@Test
	void aSlotOfThePreferredAgentMayBeChosenWithThatAgent() {
		OpenChat chat = startChat("I was charged twice");
		Instant mariasSlot = hour.plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
		UUID promptId = offered(chat, List.of(hour.plus(Duration.ofHours(1))));
		agentSlot("maria", "Maria", mariasSlot, 1);
		String answer = "/api/v1/chats/" + chat.id() + "/prompts/" + promptId;

		TestHttp.Response withoutMaria = http.post(answer, bearer(chat.token()),
				Map.of("option", "callback-scheduled", "slot", mariasSlot.toString()));
		TestHttp.Response withMaria = http.post(answer, bearer(chat.token()),
				Map.of("option", "callback-scheduled", "slot", mariasSlot.toString(), "preferredAgent", "maria"));

		assertThat(withoutMaria.status()).as("not a slot of the queue's").isEqualTo(422);
		assertThat(withMaria.status()).as(withMaria.toString()).isEqualTo(202);
	}

	@Test
	void badDaysAgentsAndChatsWithoutAPromptAreRefused() {
		OpenChat chat = startChat("I was charged twice", null);
		OpenChat stranger = startChat("I was charged twice");

		TestHttp.Response noPrompt = http.get(path(chat), bearer(chat.token()));
		assertThat(noPrompt.status()).isEqualTo(409);
		assertThat(noPrompt.contentType()).startsWith("application/problem+json");
		offered(chat, List.of());
		for (String query : List.of("?days=0", "?days=15", "?days=soon", "?agent=not%20an%20agent")) {
			TestHttp.Response bad = http.get(path(chat) + query, bearer(chat.token()));
			assertThat(bad.status()).as(query + ": " + bad).isEqualTo(400);
			assertThat(bad.contentType()).startsWith("application/problem+json");
		}
		assertThat(http.get(path(chat), bearer(stranger.token())).status()).isEqualTo(404);
		assertThat(http.get(path(chat), null).status()).isEqualTo(401);
		JsonNode utc = http.get(path(chat) + "?days=1", bearer(chat.token())).expect(200);
		assertThat(utc.get("timeZone").asString()).as("no zone given").isEqualTo("UTC");
		assertThat(utc.has("callingWindow")).as("nor a number").isFalse();
	}

	private OpenChat newYorker() {
		return startChat("I was charged twice", Map.of("name", "Ada", "timeZone", "America/New_York", "locale", "en-US"));
	}

	private String path(OpenChat chat) {
		return "/api/v1/chats/" + chat.id() + "/slots";
	}

	private UUID offered(OpenChat chat, List<Instant> slots) {
		UUID promptId = UUID.randomUUID();
		publish(Topics.BOT, new CallbackOffered(UUID.randomUUID(), Instant.now(), chat.id(), "billing", promptId, null,
				"An agent can call you back.", List.of(CallbackOption.CALLBACK_ASAP, CallbackOption.CALLBACK_SCHEDULED),
				queue, 300, slots, HandoverReason.INTENT_NOT_HANDLED, "billing_dispute is not handled", null, null,
				null));
		awaitTranscriptWith(chat, "prompt");
		return promptId;
	}

	private void slot(Instant start, int capacity, int booked) {
		jdbc.sql("""
				insert into interaction.callback_availability_view (queue, slot_start, slot_end, capacity, booked, remaining)
				values (?, ?, ?, ?, ?, ?)""")
			.params(queue, utc(start), utc(start.plus(Duration.ofMinutes(30))), capacity, booked, capacity - booked)
			.update();
	}

	private void agentSlot(String agent, String name, Instant start, int remaining) {
		jdbc.sql("""
				insert into interaction.agent_availability_view
				    (queue, agent_id, agent_name, slot_start, slot_end, capacity, booked, remaining)
				values (?, ?, ?, ?, ?, 1, ?, ?)""")
			.params(queue, agent, name, utc(start), utc(start.plus(Duration.ofMinutes(30))), 1 - remaining, remaining)
			.update();
	}

	private static List<Instant> starts(JsonNode slots) {
		return slots.get("slots").valueStream().map(slot -> OffsetDateTime.parse(slot.get("start").asString()).toInstant())
			.toList();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
