package org.reachback.chatbot.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.ChatOverKafka;
import org.reachback.events.CallbackOption;
import org.reachback.events.Customer;
import org.reachback.events.IntentMatch;
import org.reachback.events.Topics;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.chat.ChatEvent;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;
import org.reachback.testing.SchemaRows;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TopicWatch;
import org.reachback.testing.logs.LogGate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

/**
 * An erasure asked by intent-service makes the bots forget a chat and its callback: every row of
 * the chat, in every table, leaves another customer's chat alone, is confirmed once with the number
 * of rows, and a redelivered request changes nothing.
 */
@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class ErasureIntegrationTests extends ChatOverKafka {

	/** The tables that keep a chat, each with its column naming the chat. */
	private static final List<String> CHAT_TABLES = List.of("chat", "transcript_line", "flow_state", "callback_offer",
			"bot_decision", "clarification");

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErasureDeletesEveryRowOfTheChatAndItsCallbackAndNothingElse() {
		Chat erased = new Chat();
		Chat kept = new Chat();
		UUID callbackId = erased.askedWhichThenBookedThenMoving();
		kept.offered();
		awaitOutboxDrained(erased.events.chatId(), kept.events.chatId());
		Map<String, Long> erasedRows = rowsOf(erased);
		assertThat(erasedRows).as("the erased chat has rows in every table")
			.allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
		Map<String, Long> keptRows = rowsOf(kept);
		Map<String, Integer> keptNeedles = rowsWith(kept.needles());
		TopicWatch confirmations = intentService.watchFromNow(Topics.ERASED);

		PersonalDataErasureRequested request = new PersonalDataErasureRequested(UUID.randomUUID(), Instant.now(),
				UUID.randomUUID(), Reason.REQUESTED, List.of(erased.events.chatId()), List.of(callbackId));
		intentService.publish(Topics.ERASURE, request);

		PersonalDataErased confirmation = confirmations.await(PersonalDataErased.class,
				event -> event.erasureId().equals(request.erasureId()));
		assertThat(confirmation.service()).isEqualTo("chatbot-service");
		assertThat(confirmation.records()).as("every row of the chat; its events were already relayed")
			.isEqualTo(erasedRows.values().stream().mapToLong(Long::longValue).sum());
		assertThat(rowsWith(erased.needles(callbackId))).as("rows anywhere in the schema naming the erased customer")
			.allSatisfy((needle, rows) -> assertThat(rows).as(needle).isZero());
		assertThat(rowsOf(kept)).as("the other chat's rows").isEqualTo(keptRows);
		assertThat(rowsWith(kept.needles())).isEqualTo(keptNeedles)
			.allSatisfy((needle, rows) -> assertThat(rows).as(needle).isPositive());

		RecordMetadata redelivered = intentService.publish(Topics.ERASURE, request);
		intentService.awaitConsumed("chatbot-service", redelivered);
		awaitOutboxDrained(request.erasureId());
		assertThat(intentService.readAll(Topics.ERASED)).filteredOn(PersonalDataErased.class::isInstance)
			.map(PersonalDataErased.class::cast)
			.filteredOn(event -> event.erasureId().equals(request.erasureId()))
			.as("confirmed once")
			.containsExactly(confirmation);
		assertThat(rowsOf(kept)).isEqualTo(keptRows);
	}

	/** The chat's rows in each table that keeps chats. */
	private Map<String, Long> rowsOf(Chat chat) {
		Map<String, Long> rows = new TreeMap<>();
		for (String table : CHAT_TABLES) {
			rows.put(table, jdbc.sql("select count(*) from " + table + " where chat_id = ?")
				.param(chat.events.chatId())
				.query(Long.class)
				.single());
		}
		return rows;
	}

	/** How many rows of the service's schema, in all its tables, hold each needle anywhere (a row as text). */
	private Map<String, Integer> rowsWith(List<String> needles) {
		assertThat(SchemaRows.tables(jdbc)).containsAll(CHAT_TABLES).contains("outbox_event", "processed_event");
		return SchemaRows.holdingEach(jdbc, needles);
	}

	private void awaitOutboxDrained(UUID... keys) {
		for (UUID key : keys) {
			waiting().until(() -> jdbc.sql("select count(*) from outbox_event where message_key = ?")
				.param(key.toString())
				.query(Long.class)
				.single(), count -> count == 0);
		}
	}

	private static ConditionFactory waiting() {
		return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(50));
	}

	/** One customer's chat with the billing bot, with a name, a number and words no other chat has. */
	private final class Chat {

		final String phone = "+447700" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

		final Customer customer = new Customer("Customer " + UUID.randomUUID(), phone, "Europe/London", "en-GB");

		final String words = "I was charged twice for order " + UUID.randomUUID();

		final ChatEvents events = new ChatEvents("billing", customer);

		Chat() {
			LogGate.remember(customer.name());
			LogGate.remember(words);
		}

		/**
		 * The bot asks which of two intents was meant (a question), the customer says something else
		 * (a prompt), books a callback as soon as possible and asks to move it without saying when (a
		 * flow waiting for the time).
		 * @return the callback's id
		 */
		UUID askedWhichThenBookedThenMoving() {
			ChatStarted started = events.started("my balance and paying", new IntentMatch("account_balance", 0.46,
					false, false, List.of(new IntentMatch.Candidate("account_balance", 0.46),
							new IntentMatch.Candidate("payment_methods", 0.44))));
			intentService.publish(Topics.CHAT, started);
			awaitReplyTo(started.messageId());
			CallbackOffered prompt = offeredAfter(events.messaged(words, intent("billing_dispute", 0.93)));
			intentService.publish(Topics.CHAT,
					events.answered(prompt.promptId(), CallbackOption.CALLBACK_ASAP, phone, null, null));
			UUID callbackId = waiting().until(() -> bots.of(events.chatId(), CallbackRequested.class),
					requests -> !requests.isEmpty()).get(0).callbackId();
			CustomerMessaged move = events.messaged("I need to change the time of my callback",
					intent("move_callback", 0.9));
			intentService.publish(Topics.CHAT, move);
			awaitReplyTo(move.messageId());
			return callbackId;
		}

		/** The customer's first words get a callback prompt. */
		void offered() {
			offeredAfter(events.started(words, intent("billing_dispute", 0.93)));
		}

		private CallbackOffered offeredAfter(ChatEvent message) {
			intentService.publish(Topics.CHAT, message);
			return waiting().until(() -> bots.of(events.chatId(), CallbackOffered.class), found -> !found.isEmpty())
				.get(0);
		}

		private void awaitReplyTo(UUID messageId) {
			waiting().until(() -> bots.of(events.chatId(), BotReplied.class)
				.stream()
				.anyMatch(reply -> messageId.equals(reply.inReplyTo())));
		}

		/** What identifies the customer in a row: name, number, words, the chat, and {@code callbackIds}. */
		List<String> needles(UUID... callbackIds) {
			return Stream.concat(Stream.of(customer.name(), phone, words, events.chatId().toString()),
					Stream.of(callbackIds).map(UUID::toString)).toList();
		}

	}

}
