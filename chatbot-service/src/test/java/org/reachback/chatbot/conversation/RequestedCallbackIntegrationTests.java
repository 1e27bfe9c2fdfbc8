package org.reachback.chatbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.ChatOverKafka;
import org.reachback.chatbot.support.QueueFixture;
import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.testing.ServiceIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

/**
 * Journey 3 as chatbot-service plays it: "Can Maria call me tomorrow at 10?" reaches the FAQ bot as
 * a request for a person and is answered with the free slots nearest to tomorrow 10:00 in the
 * customer's zone (Ada's, Europe/London), Maria's own first; when the chosen slot fills before it is
 * booked, the chat gets a new prompt. Maria and Li serve billing (and Maria orders), Sam serves faq.
 */
@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class RequestedCallbackIntegrationTests extends ChatOverKafka {

	private static final ZoneId LONDON = ZoneId.of(ChatEvents.ADA.timeZone());

	private static final LocalDate TOMORROW = LocalDate.now(LONDON).plusDays(1);

	@Autowired
	JdbcClient jdbc;

	private QueueFixture queues;

	@BeforeEach
	void mariaSamAndTheTeamsHaveTimeTomorrow() {
		queues = new QueueFixture(jdbc);
		List.of("faq", "billing", "orders").forEach(queues::clear);
		queues.status("faq", 300);
		queues.status("billing", 420);
		halfHours(9, 0, 7).forEach(slot -> queues.slot("faq", slot, 2, 0));
		halfHours(8, 0, 11).forEach(slot -> queues.agentSlot("billing", "maria", "Maria", slot, 1, 0));
		halfHours(8, 0, 11).forEach(slot -> queues.agentSlot("billing", "li", "Li", slot, 1, 1));
		queues.agentSlot("faq", "sam", "Sam", tomorrow(9, 0), 1, 0);
	}

	@Test
	void mariaCanCallTomorrowAtTenAndWhenThatSlotFillsTheChatIsOfferedTheNearestOthers() {
		ChatEvents chat = new ChatEvents("faq");

		intentService.publish(Topics.CHAT, chat.started("Can Maria call me tomorrow at 10?", intent("human_agent", 0.79)));

		CallbackOffered prompt = awaitPrompts(chat, 1).get(0);
		assertThat(prompt.bot()).isEqualTo("faq");
		assertThat(prompt.queue()).as("Maria's queue, as she does not serve faq").isEqualTo("billing");
		assertThat(prompt.reason()).isEqualTo(HandoverReason.HUMAN_REQUESTED);
		assertThat(prompt.preferredAgent()).isEqualTo("maria");
		assertThat(prompt.suggestedSlot()).isEqualTo(tomorrow(10, 0));
		assertThat(prompt.slots()).containsExactlyElementsOf(halfHours(8, 30, 6));
		assertThat(prompt.estimatedWaitSeconds()).isEqualTo(420);
		assertThat(prompt.options()).containsExactly(CallbackOption.CALLBACK_ASAP, CallbackOption.CALLBACK_SCHEDULED,
				CallbackOption.KEEP_CHATTING);
		assertThat(prompt.text()).isEqualTo("Maria can call you tomorrow at 10:00. Or we can call you as soon as "
				+ "possible: about 7 minutes' wait right now. It can be a call or a chat here, as you prefer.");
		assertThat(prompt.media()).containsExactly(Media.VOICE, Media.CHAT);
		assertThat(prompt.reasonDetail()).isEqualTo("customer asked for a person (intent human_agent); the customer "
				+ "asked for agent maria at " + iso(tomorrow(10, 0)) + " (Europe/London)");

		intentService.publish(Topics.CHAT,
				chat.answered(prompt.promptId(), CallbackOption.CALLBACK_SCHEDULED, "+442079460958", tomorrow(10, 0), null));
		CallbackRequested request = awaitRequests(chat, 1).get(0);
		assertThat(request.slot()).isEqualTo(tomorrow(10, 0));
		assertThat(request.preferredAgent()).as("the prompt's agent, as the answer named none").isEqualTo("maria");
		assertThat(request.context().queue()).isEqualTo("billing");

		jdbc.sql("update interaction.agent_availability_view set booked = 1, remaining = 0 where agent_id = 'maria' "
				+ "and slot_start = ?").param(OffsetDateTime.ofInstant(tomorrow(10, 0), LONDON)).update();
		CallbackRejected full = new CallbackRejected(UUID.randomUUID(), Instant.now(), request.callbackId(), chat.chatId(),
				"the slot is fully booked", "slot-full");
		intentService.publish(Topics.CALLBACK, full);
		intentService.publish(Topics.CALLBACK, full);
		intentService.publish(Topics.CALLBACK, new CallbackRejected(UUID.randomUUID(), Instant.now(), request.callbackId(),
				chat.chatId(), "the slot is fully booked", "slot-full"));
		// same callback, so the same partition: consumed once the earlier ones are
		RecordMetadata last = intentService.publish(Topics.CALLBACK, new CallbackRejected(UUID.randomUUID(),
				Instant.now(), request.callbackId(), chat.chatId(), "not a callable number", "number-not-callable"));

		CallbackOffered again = awaitPrompts(chat, 2).get(1);
		assertThat(again.promptId()).isNotEqualTo(prompt.promptId());
		assertThat(again.inReplyTo()).isEqualTo(prompt.inReplyTo());
		assertThat(again.queue()).isEqualTo("billing");
		assertThat(again.preferredAgent()).isEqualTo("maria");
		assertThat(again.suggestedSlot()).isEqualTo(tomorrow(9, 30));
		assertThat(again.slots()).doesNotContain(tomorrow(10, 0)).hasSize(6).contains(tomorrow(9, 30), tomorrow(10, 30));
		assertThat(again.reason()).isEqualTo(HandoverReason.HUMAN_REQUESTED);
		assertThat(again.text()).startsWith("Sorry, someone booked tomorrow at 10:00 just before you. Maria's nearest "
				+ "free times are tomorrow at 09:00, 09:30 or 10:30.").endsWith(PromptText.EITHER_MEDIUM);
		assertThat(again.media()).containsExactly(Media.VOICE, Media.CHAT);
		intentService.awaitConsumed("chatbot-service", last);
		assertThat(promptCount(chat.chatId())).as("one new prompt, however often the rejection came").isEqualTo(2);

		intentService.publish(Topics.CHAT,
				chat.answered(again.promptId(), CallbackOption.CALLBACK_SCHEDULED, "+442079460958", tomorrow(9, 30), null));
		CallbackRequested second = awaitRequests(chat, 2).get(1);
		assertThat(second.callbackId()).isNotEqualTo(request.callbackId());
		assertThat(second.slot()).isEqualTo(tomorrow(9, 30));
		assertThat(second.preferredAgent()).isEqualTo("maria");
	}

	@Test
	void whenMariaIsNotFreeThenTheNearestOfHerTimesAreOffered() {
		jdbc.sql("update interaction.agent_availability_view set booked = 1, remaining = 0 where agent_id = 'maria' "
				+ "and slot_start = ?").param(OffsetDateTime.ofInstant(tomorrow(10, 0), LONDON)).update();
		ChatEvents chat = new ChatEvents("faq");

		intentService.publish(Topics.CHAT, chat.started("can maria ring me back tomorrow at 10", intent("human_agent", 0.7)));

		CallbackOffered prompt = awaitPrompts(chat, 1).get(0);
		assertThat(prompt.preferredAgent()).isEqualTo("maria");
		assertThat(prompt.suggestedSlot()).isEqualTo(tomorrow(9, 30));
		assertThat(prompt.slots()).doesNotContain(tomorrow(10, 0));
		assertThat(prompt.text()).startsWith(
				"Maria is not free then; the nearest times are tomorrow at 09:00, 09:30 or 10:30.");
	}

	@Test
	void theQueueWhereTheAgentHasHerNearestSlotServesTheCallback() {
		queues.agentSlot("orders", "maria", "Maria", tomorrow(17, 0), 1, 0);
		ChatEvents chat = new ChatEvents("faq");

		intentService.publish(Topics.CHAT, chat.started("Could Maria call me tomorrow at 5pm?", intent("human_agent", 0.6)));

		CallbackOffered prompt = awaitPrompts(chat, 1).get(0);
		assertThat(prompt.queue()).isEqualTo("orders");
		assertThat(prompt.slots()).containsExactly(tomorrow(17, 0));
		assertThat(prompt.text()).startsWith("Maria can call you tomorrow at 17:00.");
	}

	@Test
	void aTimeWithoutAnAgentIsAnsweredWithTheBotsQueue() {
		ChatEvents chat = new ChatEvents("faq");

		intentService.publish(Topics.CHAT,
				chat.started("could someone call me back tomorrow afternoon", intent("human_agent", 0.65)));

		CallbackOffered prompt = awaitPrompts(chat, 1).get(0);
		assertThat(prompt.queue()).isEqualTo("faq");
		assertThat(prompt.preferredAgent()).isNull();
		assertThat(prompt.suggestedSlot()).isEqualTo(tomorrow(12, 0));
		assertThat(prompt.text()).startsWith("An agent can call you tomorrow at 12:00.");
	}

	@Test
	void anAgentWithoutTimeIsSaidSoAndTheTeamIsOffered() {
		ChatEvents chat = new ChatEvents("faq");

		intentService.publish(Topics.CHAT, chat.started("Can Li call me tomorrow at 10?", intent("human_agent", 0.7)));

		CallbackOffered prompt = awaitPrompts(chat, 1).get(0);
		assertThat(prompt.queue()).isEqualTo("faq");
		assertThat(prompt.preferredAgent()).isNull();
		assertThat(prompt.suggestedSlot()).isEqualTo(tomorrow(10, 0));
		assertThat(prompt.text()).startsWith("Li has no free time in the coming days. An agent can call you tomorrow "
				+ "at 10:00.");
	}

	@Test
	void anAgentWithoutATimeIsOfferedTheirNextFreeTime() {
		ChatEvents chat = new ChatEvents("faq");

		intentService.publish(Topics.CHAT, chat.started("I'd like Sam to call me", intent("human_agent", 0.8)));

		CallbackOffered prompt = awaitPrompts(chat, 1).get(0);
		assertThat(prompt.queue()).isEqualTo("faq");
		assertThat(prompt.preferredAgent()).isEqualTo("sam");
		assertThat(prompt.slots()).containsExactly(tomorrow(9, 0));
		assertThat(prompt.text()).startsWith("Sam's next free time is tomorrow at 09:00.");
	}

	private static Instant tomorrow(int hour, int minute) {
		return TOMORROW.atTime(hour, minute).atZone(LONDON).toInstant();
	}

	private static List<Instant> halfHours(int hour, int minute, int count) {
		return IntStream.range(0, count).mapToObj(i -> tomorrow(hour, minute).plus(Duration.ofMinutes(30L * i))).toList();
	}

	private static String iso(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(LONDON));
	}

	private List<CallbackOffered> awaitPrompts(ChatEvents chat, int count) {
		return waiting().until(() -> bots.of(chat.chatId(), CallbackOffered.class), prompts -> prompts.size() >= count);
	}

	private List<CallbackRequested> awaitRequests(ChatEvents chat, int count) {
		return waiting().until(() -> bots.of(chat.chatId(), CallbackRequested.class), requests -> requests.size() >= count);
	}

	private long promptCount(UUID chatId) {
		return jdbc.sql("select count(*) from callback_offer where chat_id = ?").param(chatId).query(Long.class).single();
	}

	private static ConditionFactory waiting() {
		return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(50));
	}

}
