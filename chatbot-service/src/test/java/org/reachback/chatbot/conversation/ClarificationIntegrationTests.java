package org.reachback.chatbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.ChatOverKafka;
import org.reachback.chatbot.support.Meters;
import org.reachback.events.HandoverReason;
import org.reachback.events.IntentMatch;
import org.reachback.events.Topics;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

/**
 * Two close billing intents, driven over Kafka: the billing bot (margin 0.10) asks which one was
 * meant instead of guessing or offering a callback, and takes the customer's reply as the choice.
 */
@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class ClarificationIntegrationTests extends ChatOverKafka {

	private static final String QUESTION = "Just to be sure I get it right, which did you mean: 1) check your balance, "
			+ "or 2) see how you can pay?";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	private final ChatEvents chat = new ChatEvents("billing");

	private ChatStarted started;

	private Map<String, Double> countersBefore;

	private Map<String, Long> billingBefore;

	@BeforeEach
	void aCustomerAsksSomethingBetweenBalanceAndPayment() {
		countersBefore = counters();
		billingBefore = clarificationCounts(billing());
		// the classifier did not flag it: the billing bot's own margin decides
		started = chat.started("my balance and paying", new IntentMatch("account_balance", 0.46, false, false,
				List.of(new IntentMatch.Candidate("account_balance", 0.46),
						new IntentMatch.Candidate("payment_methods", 0.44))));
		intentService.publish(Topics.CHAT, started);
	}

	@Test
	void theBotAsksWhichOneAndAnswersTheChoice() {
		BotReplied question = awaitReplies(1).get(0);
		assertThat(question.text()).isEqualTo(QUESTION);
		assertThat(question.inReplyTo()).isEqualTo(started.messageId());

		CustomerMessaged second = chat.messaged("the second one", ChatEvents.outOfScope());
		intentService.publish(Topics.CHAT, second);

		BotReplied answer = awaitReplies(2).get(1);
		assertThat(answer.inReplyTo()).isEqualTo(second.messageId());
		assertThat(answer.text()).startsWith("We accept Visa, Mastercard, American Express, PayPal");
		awaitEverythingBefore("What's my balance?");
		assertThat(bots.of(chat.chatId(), CallbackOffered.class)).isEmpty();
		assertThat(decisions()).containsExactly(
				"ASKED AMBIGUOUS intents account_balance (0.46) and payment_methods (0.44) are closer than the margin 0.10"
						+ " of bot billing; asked which one was meant",
				"ANSWERED message taken as the choice of payment_methods when asked between account_balance and payment_methods",
				"ANSWERED intent account_balance answered by bot billing (confidence 0.90)");
		assertThat(clarifications()).containsExactly("CHOSEN payment_methods");
	}

	@Test
	void aReplyChoosingNeitherIsHandledLikeAnyOtherMessage() {
		awaitReplies(1);

		intentService.publish(Topics.CHAT, chat.messaged("Actually, I was charged twice", intent("billing_dispute", 0.93)));

		CallbackOffered prompt = waiting().until(() -> bots.of(chat.chatId(), CallbackOffered.class),
				prompts -> !prompts.isEmpty()).get(0);
		assertThat(prompt.reason()).isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
		assertThat(clarifications()).containsExactly("DROPPED");
		assertThat(bots.of(chat.chatId())).extracting(Object::getClass)
			.containsExactly(BotReplied.class, CallbackOffered.class);
		waiting().untilAsserted(() -> assertThat(counters()).containsExactlyInAnyOrderEntriesOf(
				Map.of("asked", countersBefore.get("asked") + 1, "chosen", countersBefore.get("chosen"), "dropped",
						countersBefore.get("dropped") + 1)));
	}

	@Test
	void questionsAreCountedForOperations() {
		awaitReplies(1);
		intentService.publish(Topics.CHAT, chat.messaged("the first", ChatEvents.outOfScope()));
		awaitReplies(2);

		Map<String, Object> billing = billing();
		assertThat(billing).containsEntry("ambiguityMargin", 0.1)
			.containsEntry("thresholds", Map.of("refund_status", 0.7));
		assertThat(clarificationCounts(billing)).containsExactlyInAnyOrderEntriesOf(
				Map.of("asked", billingBefore.get("asked") + 1, "chosen", billingBefore.get("chosen") + 1));
		waiting().untilAsserted(() -> assertThat(counters()).containsExactlyInAnyOrderEntriesOf(
				Map.of("asked", countersBefore.get("asked") + 1, "chosen", countersBefore.get("chosen") + 1, "dropped",
						countersBefore.get("dropped"))));
	}

	/** The counters a question moves, by what they count. */
	private Map<String, Double> counters() {
		Meters billing = new Meters(meters);
		return Map.of("asked", billing.count("reachback.bot.messages", "billing", "outcome", "asked", "reason", "AMBIGUOUS"),
				"chosen", billing.count("reachback.bot.clarifications", "billing", "outcome", "chosen"), "dropped",
				billing.count("reachback.bot.clarifications", "billing", "outcome", "dropped"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> billing() {
		return (Map<String, Object>) ((Map<String, Object>) RestClient.create("http://localhost:" + port)
			.get()
			.uri("/actuator/bots")
			.headers(h -> h.setBearerAuth(TestTokens.forUser("admin")))
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get("acme")).get("billing");
	}

	private static Map<String, Long> clarificationCounts(Map<String, Object> billing) {
		return Map.of("asked", ((Number) billing.get("clarificationsAsked")).longValue(), "chosen",
				((Number) billing.get("clarificationsChosen")).longValue());
	}

	/** Events of one chat are handled in order: once this marker is answered, everything before it was. */
	private void awaitEverythingBefore(String text) {
		CustomerMessaged marker = chat.messaged(text, intent("account_balance", 0.9));
		intentService.publish(Topics.CHAT, marker);
		waiting().until(() -> bots.of(chat.chatId(), BotReplied.class)
			.stream()
			.anyMatch(reply -> marker.messageId().equals(reply.inReplyTo())));
	}

	private List<BotReplied> awaitReplies(int count) {
		return waiting().until(() -> bots.of(chat.chatId(), BotReplied.class), replies -> replies.size() >= count);
	}

	private static ConditionFactory waiting() {
		return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(50));
	}

	private List<String> decisions() {
		return query("select concat_ws(' ', outcome, reason, detail) from bot_decision where chat_id = ? order by id");
	}

	private List<String> clarifications() {
		return query("select concat_ws(' ', outcome, chosen_intent) from clarification where chat_id = ? order by id");
	}

	private List<String> query(String sql) {
		UUID chatId = chat.chatId();
		return jdbc.sql(sql).param(chatId).query(String.class).list();
	}

}
