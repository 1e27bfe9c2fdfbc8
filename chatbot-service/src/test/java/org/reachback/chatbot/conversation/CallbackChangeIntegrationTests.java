package org.reachback.chatbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.ChatOverKafka;
import org.reachback.chatbot.support.Meters;
import org.reachback.chatbot.support.QueueFixture;
import org.reachback.events.CallbackOption;
import org.reachback.events.Topics;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackChangeRequested;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.events.callback.CallbackEvent;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.testing.ServiceIntegrationTest;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

/**
 * Issue 7's "cancel or move, from the chat, by saying so": a customer with a callback tells the bot
 * they talk to (here tech-support, which declares no such intent) to cancel it or to move it, and
 * the bot says what it asked for and publishes {@code CallbackChangeRequested} for intent-service;
 * once callback-service says the callback ended, the bot says so and asks for nothing.
 * The tech-support team has a free half hour every half hour tomorrow from 09:00 to 17:30 (Ada's
 * zone, Europe/London).
 */
@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class CallbackChangeIntegrationTests extends ChatOverKafka {

	private static final String QUEUE = "tech-support";

	private static final ZoneId LONDON = ZoneId.of(ChatEvents.ADA.timeZone());

	private static final LocalDate TOMORROW = LocalDate.now(LONDON).plusDays(1);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry registry;

	private QueueFixture queues;

	@BeforeEach
	void theTeamHasTimeTomorrow() {
		queues = new QueueFixture(jdbc);
		queues.clear(QUEUE);
		queues.status(QUEUE, 240);
		halfHours(9, 0, 18).forEach(slot -> queues.slot(QUEUE, slot, 2, 0));
	}

	@Test
	void aCustomerCancelsTheirCallbackBySayingSoAndAskingAgainAsksOnce() {
		ChatEvents chat = new ChatEvents(QUEUE);
		UUID callbackId = bookCallback(chat, null);
		Meters meters = new Meters(registry);
		double requested = meters.count("reachback.bot.callback.changes", QUEUE, "change", "cancel", "result",
				"requested");

		CustomerMessaged cancel = chat.messaged("please cancel my callback", intent("cancel_callback", 0.93));
		intentService.publish(Topics.CHAT, cancel);

		CallbackChangeRequested change = awaitChanges(chat, 1).get(0);
		assertThat(change.callbackId()).isEqualTo(callbackId);
		assertThat(change.cancellation()).isTrue();
		assertThat(change.inReplyTo()).isEqualTo(cancel.messageId());
		assertThat(replyTo(chat, cancel)).isEqualTo("I've asked to cancel your callback.");
		assertThat(decisions(chat.chatId())).last()
			.isEqualTo("ANSWERED intent cancel_callback, a callback change, taken by bot tech-support (confidence "
					+ "0.93); asked to cancel callback " + callbackId);

		CustomerMessaged again = chat.messaged("I don't need the call any more", intent("cancel_callback", 0.97));
		RecordMetadata sent = intentService.publish(Topics.CHAT, again);
		assertThat(replyTo(chat, again)).isEqualTo("I've already asked to cancel your callback.");
		intentService.awaitConsumed("chatbot-service", sent);
		assertThat(bots.of(chat.chatId(), CallbackChangeRequested.class)).hasSize(1);
		assertThat(meters.count("reachback.bot.callback.changes", QUEUE, "change", "cancel", "result", "requested"))
			.isEqualTo(requested + 1);

		CustomerMessaged move = chat.messaged("can you call me at 3pm tomorrow instead?", intent("move_callback", 0.9));
		intentService.publish(Topics.CHAT, move);
		assertThat(replyTo(chat, move)).isEqualTo("You've asked to cancel your callback, so there's nothing to move.");
	}

	@Test
	void aCustomerMovesTheirCallbackToTheTimeTheyAskFor() {
		ChatEvents chat = new ChatEvents(QUEUE);
		UUID callbackId = bookCallback(chat, null);

		CustomerMessaged move = chat.messaged("can you move my callback to tomorrow at 3pm?",
				intent("move_callback", 0.97));
		intentService.publish(Topics.CHAT, move);

		CallbackChangeRequested change = awaitChanges(chat, 1).get(0);
		assertThat(change.callbackId()).isEqualTo(callbackId);
		assertThat(change.slot()).isEqualTo(tomorrow(15, 0));
		assertThat(change.inReplyTo()).isEqualTo(move.messageId());
		assertThat(replyTo(chat, move)).isEqualTo("I'll move your callback to tomorrow at 15:00.");
		assertThat(bots.of(chat.chatId(), CallbackOffered.class)).as("no new prompt").hasSize(1);
	}

	@Test
	void aTimeThatIsTakenMovesTheCallbackToTheNextFreeOne() {
		ZonedDateTime now = ZonedDateTime.now(LONDON);
		// "at 5" is today's 17:00 until it has passed
		LocalDate day = now.toLocalTime().isBefore(LocalTime.of(17, 0)) ? now.toLocalDate() : TOMORROW;
		Instant five = day.atTime(17, 0).atZone(LONDON).toInstant();
		jdbc.sql("delete from interaction.callback_availability_view where queue = ? and slot_start >= ?")
			.params(QUEUE, five.atOffset(ZoneOffset.UTC))
			.update();
		queues.slot(QUEUE, five, 2, 2);
		queues.slot(QUEUE, five.plus(Duration.ofMinutes(30)), 2, 1);
		ChatEvents chat = new ChatEvents(QUEUE);
		bookCallback(chat, null);

		CustomerMessaged move = chat.messaged("call me at 5 instead", intent("move_callback", 0.94));
		intentService.publish(Topics.CHAT, move);

		assertThat(awaitChanges(chat, 1).get(0).slot()).isEqualTo(five.plus(Duration.ofMinutes(30)));
		assertThat(replyTo(chat, move)).isEqualTo("No agent is free then, so I'll move your callback to the nearest "
				+ "free time: " + (day.equals(TOMORROW) ? "tomorrow" : "today") + " at 17:30.");
	}

	@Test
	void aMoveWithoutATimeAsksForOneAndTakesTheReplyAsIt() {
		ChatEvents chat = new ChatEvents(QUEUE);
		UUID callbackId = bookCallback(chat, null);

		CustomerMessaged move = chat.messaged("I need to change the time of my callback", intent("move_callback", 0.9));
		intentService.publish(Topics.CHAT, move);
		assertThat(replyTo(chat, move))
			.isEqualTo("When would you like us to call you instead? For example \"tomorrow at 3pm\".");

		CustomerMessaged time = chat.messaged("tomorrow at 4pm please", ChatEvents.outOfScope());
		intentService.publish(Topics.CHAT, time);

		CallbackChangeRequested change = awaitChanges(chat, 1).get(0);
		assertThat(change.callbackId()).isEqualTo(callbackId);
		assertThat(change.slot()).isEqualTo(tomorrow(16, 0));
		assertThat(change.inReplyTo()).isEqualTo(time.messageId());
		assertThat(replyTo(chat, time)).isEqualTo("I'll move your callback to tomorrow at 16:00.");
		assertThat(bots.of(chat.chatId(), CallbackOffered.class)).as("the time is no request for a new callback")
			.hasSize(1);
		assertThat(decisions(chat.chatId())).last().asString().startsWith("ANSWERED message taken as the time to move");
	}

	@Test
	void noFreeTimeFromTheTimeAskedForIsSaidSo() {
		ChatEvents chat = new ChatEvents(QUEUE);
		bookCallback(chat, null);

		CustomerMessaged move = chat.messaged("please move my callback to tomorrow at 8pm", intent("move_callback", 0.95));
		RecordMetadata sent = intentService.publish(Topics.CHAT, move);

		assertThat(replyTo(chat, move))
			.isEqualTo("There's no free time from tomorrow at 20:00 onwards, so your callback stays as it is.");
		intentService.awaitConsumed("chatbot-service", sent);
		assertThat(bots.of(chat.chatId(), CallbackChangeRequested.class)).isEmpty();
	}

	@Test
	void theMoveTakesThePreferredAgentsOwnTimeWhenSheIsFreeAsEarlyAsTheTeam() {
		queues.agentSlot(QUEUE, "maria", "Maria", tomorrow(15, 30), 1, 0);
		ChatEvents chat = new ChatEvents(QUEUE);
		bookCallback(chat, "maria");

		intentService.publish(Topics.CHAT,
				chat.messaged("can you move my callback to tomorrow at 3pm?", intent("move_callback", 0.97)));
		assertThat(awaitChanges(chat, 1).get(0).slot()).as("the team is free earlier").isEqualTo(tomorrow(15, 0));
		assertThat(decisions(chat.chatId())).last().asString().doesNotContain("maria's own time");

		intentService.publish(Topics.CHAT,
				chat.messaged("change my callback to 3:30pm tomorrow", intent("move_callback", 0.96)));
		assertThat(awaitChanges(chat, 2).get(1).slot()).isEqualTo(tomorrow(15, 30));
		assertThat(decisions(chat.chatId())).last().asString().contains("(maria's own time)");
	}

	@Test
	void withoutACallbackTheBotSaysSoAndOffersNothingNew() {
		ChatEvents chat = new ChatEvents(QUEUE);

		intentService.publish(Topics.CHAT, chat.started("please cancel my callback", intent("cancel_callback", 0.95)));
		CustomerMessaged move = chat.messaged("can you call me tomorrow at 3pm instead", intent("move_callback", 0.9));
		RecordMetadata sent = intentService.publish(Topics.CHAT, move);

		assertThat(awaitReplies(chat, 2)).extracting(BotReplied::text)
			.containsExactly("I can't find a callback booked in this chat, so there's nothing to cancel.",
					"I can't find a callback booked in this chat, so there's nothing to move.");
		intentService.awaitConsumed("chatbot-service", sent);
		assertThat(bots.of(chat.chatId(), CallbackOffered.class)).isEmpty();
		assertThat(bots.of(chat.chatId(), CallbackChangeRequested.class)).isEmpty();
		assertThat(decisions(chat.chatId())).last().asString().endsWith("; no callback in this chat to move");
	}

	@Test
	void aRejectedCallbackIsNoLongerOneToCancel() {
		ChatEvents chat = new ChatEvents(QUEUE);
		UUID callbackId = bookCallback(chat, null);
		RecordMetadata rejected = intentService.publish(Topics.CALLBACK, new CallbackRejected(UUID.randomUUID(),
				Instant.now(), callbackId, chat.chatId(), "not a callable number", "number-not-callable"));
		intentService.awaitConsumed("chatbot-service", rejected);

		CustomerMessaged cancel = chat.messaged("cancel the callback", intent("cancel_callback", 0.98));
		intentService.publish(Topics.CHAT, cancel);

		assertThat(replyTo(chat, cancel))
			.isEqualTo("I can't find a callback booked in this chat, so there's nothing to cancel.");
		assertThat(bots.of(chat.chatId(), CallbackChangeRequested.class)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			COMPLETED | Your callback has already taken place, so there's nothing to cancel.  | Your callback has already taken place, so there's nothing to move.
			CANCELLED | Your callback was already cancelled, so there's nothing to cancel.     | Your callback was already cancelled, so there's nothing to move.
			FAILED    | Your callback could not be completed, so there's nothing to cancel.    | Your callback could not be completed, so there's nothing to move.
			EXPIRED   | Your callback expired before we could make it, so there's nothing to cancel. | Your callback expired before we could make it, so there's nothing to move.
			""")
	void aCallbackThatEndedIsSaidToHaveEndedAndNothingIsAskedFor(CallbackEnding ending, String cancelReply,
			String moveReply) {
		ChatEvents chat = new ChatEvents(QUEUE);
		UUID callbackId = bookCallback(chat, null);
		CallbackEvent ended = ending(ending, callbackId, chat.chatId());
		intentService.publish(Topics.CALLBACK, ended);
		intentService.awaitConsumed("chatbot-service", intentService.publish(Topics.CALLBACK, ended));
		Meters meters = new Meters(registry);
		double endedAnswers = meters.count("reachback.bot.callback.changes", QUEUE, "change", "cancel", "result",
				"ended");

		CustomerMessaged cancel = chat.messaged("please cancel my callback", intent("cancel_callback", 0.93));
		intentService.publish(Topics.CHAT, cancel);
		assertThat(replyTo(chat, cancel)).isEqualTo(cancelReply);
		CustomerMessaged move = chat.messaged("can you move my callback to tomorrow at 3pm?",
				intent("move_callback", 0.97));
		CustomerMessaged moveWithoutTime = chat.messaged("I need to change the time of my callback",
				intent("move_callback", 0.9));
		intentService.publish(Topics.CHAT, move);
		RecordMetadata last = intentService.publish(Topics.CHAT, moveWithoutTime);

		assertThat(replyTo(chat, move)).isEqualTo(moveReply);
		assertThat(replyTo(chat, moveWithoutTime)).as("no time is asked for").isEqualTo(moveReply);
		intentService.awaitConsumed("chatbot-service", last);
		assertThat(bots.of(chat.chatId(), CallbackChangeRequested.class)).isEmpty();
		assertThat(bots.of(chat.chatId(), CallbackOffered.class)).as("nothing new offered").hasSize(1);
		assertThat(jdbc.sql("select count(*) from flow_state where chat_id = ?").param(chat.chatId()).query(Long.class)
			.single()).as("the chat waits for no time").isZero();
		assertThat(decisions(chat.chatId())).last()
			.asString()
			.endsWith("; callback " + callbackId + " already ended (" + ending.name().toLowerCase(Locale.ROOT)
					+ "), so nothing was asked for");
		assertThat(meters.count("reachback.bot.callback.changes", QUEUE, "change", "cancel", "result", "ended"))
			.isEqualTo(endedAnswers + 1);
	}

	@Test
	void aCallbackCancelledAfterTheBotAskedIsSaidToBeCancelled() {
		ChatEvents chat = new ChatEvents(QUEUE);
		UUID callbackId = bookCallback(chat, null);
		intentService.publish(Topics.CHAT, chat.messaged("please cancel my callback", intent("cancel_callback", 0.93)));
		awaitChanges(chat, 1);
		intentService.awaitConsumed("chatbot-service", intentService.publish(Topics.CALLBACK,
				new CallbackCancelled(UUID.randomUUID(), Instant.now(), callbackId, chat.chatId(), "customer request")));

		CustomerMessaged again = chat.messaged("cancel the callback", intent("cancel_callback", 0.98));
		intentService.publish(Topics.CHAT, again);

		assertThat(replyTo(chat, again)).isEqualTo("Your callback was already cancelled, so there's nothing to cancel.");
	}

	@Test
	void theFirstEndingStaysAndANewCallbackIsAskedForAsUsual() {
		ChatEvents chat = new ChatEvents(QUEUE);
		UUID first = bookCallback(chat, null);
		intentService.publish(Topics.CALLBACK,
				new CallbackCompleted(UUID.randomUUID(), Instant.now(), first, chat.chatId(), UUID.randomUUID()));
		intentService.awaitConsumed("chatbot-service", intentService.publish(Topics.CALLBACK,
				new CallbackExpired(UUID.randomUUID(), Instant.now(), first, chat.chatId(), "a stray late ending")));
		CustomerMessaged move = chat.messaged("call me at 5 instead", intent("move_callback", 0.94));
		intentService.publish(Topics.CHAT, move);
		assertThat(replyTo(chat, move)).isEqualTo("Your callback has already taken place, so there's nothing to move.");

		intentService.publish(Topics.CHAT, chat.messaged("I want to talk to a person again", intent("human_agent", 0.95)));
		CallbackOffered prompt = waiting().until(() -> bots.of(chat.chatId(), CallbackOffered.class),
				prompts -> prompts.size() == 2).get(1);
		intentService.publish(Topics.CHAT, chat.answered(prompt.promptId(), CallbackOption.CALLBACK_SCHEDULED,
				"+442079460958", prompt.slots().get(0), null));
		UUID second = waiting().until(() -> bots.of(chat.chatId(), CallbackRequested.class),
				requests -> requests.size() == 2).get(1).callbackId();
		CustomerMessaged cancel = chat.messaged("please cancel my callback", intent("cancel_callback", 0.93));
		intentService.publish(Topics.CHAT, cancel);

		assertThat(awaitChanges(chat, 1).get(0).callbackId()).isEqualTo(second).isNotEqualTo(first);
		assertThat(replyTo(chat, cancel)).isEqualTo("I've asked to cancel your callback.");
	}

	private static CallbackEvent ending(CallbackEnding ending, UUID callbackId, UUID chatId) {
		UUID eventId = UUID.randomUUID();
		Instant now = Instant.now();
		return switch (ending) {
			case COMPLETED -> new CallbackCompleted(eventId, now, callbackId, chatId, UUID.randomUUID());
			case CANCELLED -> new CallbackCancelled(eventId, now, callbackId, chatId, "cancelled by the link");
			case FAILED -> new CallbackFailed(eventId, now, callbackId, chatId, "the session failed");
			case EXPIRED -> new CallbackExpired(eventId, now, callbackId, chatId, "not served before expiry");
		};
	}

	/** A chat in which the customer asked for a person and booked the prompt's first slot. */
	private UUID bookCallback(ChatEvents chat, String agent) {
		intentService.publish(Topics.CHAT, chat.started("I want to talk to a person", intent("human_agent", 0.95)));
		CallbackOffered prompt = waiting().until(() -> bots.of(chat.chatId(), CallbackOffered.class),
				prompts -> !prompts.isEmpty()).get(0);
		intentService.publish(Topics.CHAT, chat.answered(prompt.promptId(), CallbackOption.CALLBACK_SCHEDULED,
				"+442079460958", prompt.slots().get(0), agent));
		return waiting().until(() -> bots.of(chat.chatId(), CallbackRequested.class), requests -> !requests.isEmpty())
			.get(0)
			.callbackId();
	}

	private String replyTo(ChatEvents chat, CustomerMessaged message) {
		return waiting().until(() -> bots.of(chat.chatId(), BotReplied.class)
			.stream()
			.filter(reply -> message.messageId().equals(reply.inReplyTo()))
			.map(BotReplied::text)
			.findFirst(), Optional::isPresent).orElseThrow();
	}

	private List<BotReplied> awaitReplies(ChatEvents chat, int count) {
		return waiting().until(() -> bots.of(chat.chatId(), BotReplied.class), replies -> replies.size() >= count);
	}

	private List<CallbackChangeRequested> awaitChanges(ChatEvents chat, int count) {
		return waiting().until(() -> bots.of(chat.chatId(), CallbackChangeRequested.class),
				changes -> changes.size() >= count);
	}

	private List<String> decisions(UUID chatId) {
		return jdbc.sql("select concat_ws(' ', outcome, reason, detail) from bot_decision where chat_id = ? order by id")
			.param(chatId)
			.query(String.class)
			.list();
	}

	private static ConditionFactory waiting() {
		return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(50));
	}

	private static Instant tomorrow(int hour, int minute) {
		return TOMORROW.atTime(hour, minute).atZone(LONDON).toInstant();
	}

	private static List<Instant> halfHours(int hour, int minute, int count) {
		return IntStream.range(0, count).mapToObj(i -> tomorrow(hour, minute).plus(Duration.ofMinutes(30L * i))).toList();
	}

}
