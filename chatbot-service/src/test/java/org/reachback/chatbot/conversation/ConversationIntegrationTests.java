package org.reachback.chatbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.KafkaChat;
import org.reachback.chatbot.support.QueueFixture;
import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import org.reachback.events.TranscriptLine;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.bot.BotEvent;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.infra.ServiceIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

/** Chats driven over Kafka, as intent-service drives them, against the real service, broker and database. */
@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class ConversationIntegrationTests {

	private static final Instant FIRST_FREE_SLOT = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	private KafkaChat bots;

	@BeforeEach
	void billingQueueHasAWaitAndFreeSlots() {
		bots = new KafkaChat(kafka, brokers);
		QueueFixture queues = new QueueFixture(jdbc);
		queues.clear("billing");
		queues.status("billing", 420);
		queues.slot("billing", FIRST_FREE_SLOT.minus(Duration.ofHours(3)), 2, 0);
		queues.slot("billing", FIRST_FREE_SLOT.minus(Duration.ofMinutes(30)), 2, 2);
		IntStream.range(0, 8).forEach(i -> queues.slot("billing", FIRST_FREE_SLOT.plus(Duration.ofMinutes(30L * i)), 2, 1));
		queues.clear("faq");
	}

	@AfterEach
	void closeConsumer() {
		bots.close();
	}

	@Test
	void theFaqBotAnswersOpeningHoursWithoutOfferingACallback() {
		ChatEvents chat = new ChatEvents("faq");
		ChatStarted started = chat.started("What are your opening hours?", intent("opening_hours", 0.92));

		bots.send(started);

		BotReplied reply = awaitFirst(chat.chatId(), BotReplied.class);
		assertThat(reply.bot()).isEqualTo("faq");
		assertThat(reply.inReplyTo()).isEqualTo(started.messageId());
		assertThat(reply.text()).startsWith("We're open Monday to Friday from 8am to 8pm");
		assertThat(decisions(chat.chatId())).containsExactly("ANSWERED intent opening_hours answered by bot faq (confidence 0.92)");
		assertThat(offerCount(chat.chatId())).isZero();
		assertThat(bots.eventsOf(chat.chatId(), CallbackOffered.class)).isEmpty();
	}

	@Test
	void aBillingDisputeIsOfferedACallbackWithTheQueuesWaitAndNextFreeSlots() {
		ChatEvents chat = new ChatEvents("billing");
		ChatStarted started = chat.started("I was charged twice for my order", intent("billing_dispute", 0.94));

		bots.send(started);

		CallbackOffered offer = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(offer.reason()).isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
		assertThat(offer.reasonDetail()).isEqualTo("intent billing_dispute is not handled by bot billing");
		assertThat(offer.bot()).isEqualTo("billing");
		assertThat(offer.queue()).isEqualTo("billing");
		assertThat(offer.inReplyTo()).isEqualTo(started.messageId());
		assertThat(offer.promptId()).isNotNull();
		assertThat(offer.estimatedWaitSeconds()).isEqualTo(420);
		assertThat(offer.text()).isEqualTo(
				"I can't help with that here, but an agent can call you. About 7 minutes' wait right now. Or pick a time that suits you.");
		assertThat(offer.slots()).containsExactlyElementsOf(IntStream.range(0, 6)
			.mapToObj(i -> FIRST_FREE_SLOT.plus(Duration.ofMinutes(30L * i)))
			.toList());
		assertThat(offer.options()).containsExactly(CallbackOption.CALLBACK_ASAP, CallbackOption.CALLBACK_SCHEDULED,
				CallbackOption.KEEP_CHATTING);
		assertThat(bots.eventsOf(chat.chatId(), BotReplied.class)).isEmpty();
		assertThat(decisions(chat.chatId()))
			.containsExactly("OFFERED INTENT_NOT_HANDLED intent billing_dispute is not handled by bot billing");
	}

	@Test
	void aConfidenceBelowTheBotsThresholdIsOffered() {
		ChatEvents chat = new ChatEvents("billing");

		bots.send(chat.started("balance thing??", intent("account_balance", 0.31)));

		CallbackOffered offer = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(offer.reason()).isEqualTo(HandoverReason.LOW_CONFIDENCE);
		assertThat(offer.reasonDetail()).isEqualTo("confidence 0.31 below threshold 0.60 for intent account_balance");
	}

	@Test
	void askingForAPersonIsOfferedEvenWhenTheQueueStatusIsUnknown() {
		ChatEvents chat = new ChatEvents("faq");

		bots.send(chat.started("Can I talk to a person?", intent("human_agent", 0.97)));

		CallbackOffered offer = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(offer.reason()).isEqualTo(HandoverReason.HUMAN_REQUESTED);
		assertThat(offer.queue()).isEqualTo("faq");
		assertThat(offer.estimatedWaitSeconds()).isNull();
		assertThat(offer.slots()).isEmpty();
		assertThat(offer.options()).containsExactly(CallbackOption.CALLBACK_ASAP, CallbackOption.KEEP_CHATTING);
		assertThat(offer.text()).contains("No agent is free right now");
	}

	@Test
	void anAcceptedOfferRequestsExactlyOneCallbackWithTheChatsContext() {
		ChatEvents chat = new ChatEvents("billing");
		bots.send(chat.started("What's my balance?", intent("account_balance", 0.88)));
		CustomerMessaged dispute = chat.messaged("I was charged twice, I want to dispute it", intent("billing_dispute", 0.91));
		bots.send(dispute);
		CallbackOffered offer = awaitFirst(chat.chatId(), CallbackOffered.class);

		PromptAnswered asap = chat.answered(offer.promptId(), CallbackOption.CALLBACK_ASAP, "+442079460958", null, "sam");
		bots.send(asap);
		bots.send(asap);
		bots.send(chat.answered(offer.promptId(), CallbackOption.CALLBACK_ASAP, "+442079460958", null, "sam"));
		bots.send(chat.answered(offer.promptId(), CallbackOption.KEEP_CHATTING, null, null, null));
		awaitEverythingBefore(chat, "How can I pay?");

		List<CallbackRequested> requests = bots.eventsOf(chat.chatId(), CallbackRequested.class);
		assertThat(requests).hasSize(1);
		CallbackRequested request = requests.get(0);
		assertThat(request.callbackId()).isEqualTo(asap.callbackId());
		assertThat(request.promptId()).isEqualTo(offer.promptId());
		assertThat(request.asSoonAsPossible()).isTrue();
		assertThat(request.preferredAgent()).isEqualTo("sam");
		assertThat(request.context().chatId()).isEqualTo(chat.chatId());
		assertThat(request.context().brand()).isEqualTo("acme");
		assertThat(request.context().queue()).isEqualTo("billing");
		assertThat(request.context().phone()).isEqualTo("+442079460958");
		assertThat(request.context().customer()).isEqualTo(ChatEvents.ADA);
		assertThat(request.context().intent()).isEqualTo("billing_dispute");
		assertThat(request.context().handoverReason()).isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
		assertThat(request.context().reason()).isEqualTo("intent billing_dispute is not handled by bot billing");
		assertThat(request.context().transcript()).extracting(TranscriptLine::speaker, TranscriptLine::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Speaker.CUSTOMER, "What's my balance?"),
					org.assertj.core.groups.Tuple.tuple(Speaker.BOT,
							bots.eventsOf(chat.chatId(), BotReplied.class).get(0).text()),
					org.assertj.core.groups.Tuple.tuple(Speaker.CUSTOMER, dispute.text()),
					org.assertj.core.groups.Tuple.tuple(Speaker.BOT, offer.text()));
		assertThat(request.context().transcript().get(0).name()).isEqualTo("Ada Lovelace");
		assertThat(request.context().transcript().get(1).name()).isEqualTo("billing");
		assertThat(bots.eventsOf(chat.chatId(), BotReplied.class)).extracting(BotReplied::text)
			.doesNotContain(CallbackPrompt.KEEP_CHATTING_REPLY);
	}

	@Test
	void aScheduledCallbackCarriesTheChosenSlot() {
		ChatEvents chat = new ChatEvents("billing");
		bots.send(chat.started("dispute a charge", intent("billing_dispute", 0.9)));
		CallbackOffered offer = awaitFirst(chat.chatId(), CallbackOffered.class);

		bots.send(chat.answered(offer.promptId(), CallbackOption.CALLBACK_SCHEDULED, "+442079460958",
				offer.slots().get(1), null));

		CallbackRequested request = awaitFirst(chat.chatId(), CallbackRequested.class);
		assertThat(request.slot()).isEqualTo(offer.slots().get(1));
		assertThat(request.asSoonAsPossible()).isFalse();
	}

	@Test
	void keepChattingDeclinesTheOfferAndTheBotCarriesOn() {
		ChatEvents chat = new ChatEvents("billing");
		ChatStarted started = chat.started("I was charged twice", intent("billing_dispute", 0.9));
		bots.send(started);
		CallbackOffered offer = awaitFirst(chat.chatId(), CallbackOffered.class);

		bots.send(chat.answered(offer.promptId(), CallbackOption.KEEP_CHATTING, null, null, null));

		BotReplied reply = awaitFirst(chat.chatId(), BotReplied.class);
		assertThat(reply.text()).isEqualTo("Sure, what else can I help with?");
		assertThat(reply.inReplyTo()).isEqualTo(started.messageId());
		assertThat(jdbc.sql("select outcome from callback_offer where prompt_id = ?").param(offer.promptId())
			.query(String.class).single()).isEqualTo("DECLINED");

		bots.send(chat.answered(offer.promptId(), CallbackOption.CALLBACK_ASAP, "+442079460958", null, null));
		awaitEverythingBefore(chat, "Which cards do you take?");
		assertThat(bots.eventsOf(chat.chatId(), CallbackRequested.class)).isEmpty();
	}

	@Test
	void trackOrderAsksForTheOrderNumberAndAnswersWithIt() {
		ChatEvents chat = new ChatEvents("orders");
		bots.send(chat.started("Where is my parcel?", intent("track_order", 0.86)));
		awaitReplies(chat.chatId(), 1);
		assertThat(bots.eventsOf(chat.chatId(), BotReplied.class).get(0).text()).startsWith("What's your order number?");

		bots.send(chat.messaged("AC-1042", ChatEvents.outOfScope()));

		List<BotReplied> replies = awaitReplies(chat.chatId(), 2);
		assertThat(replies.get(1).text()).startsWith("Thanks! Order AC-1042 is on its way.");
		assertThat(bots.eventsOf(chat.chatId(), CallbackOffered.class)).isEmpty();

		bots.send(chat.messaged("Do you sell garden furniture?", ChatEvents.outOfScope()));

		CallbackOffered offer = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(offer.reason()).isEqualTo(HandoverReason.OUT_OF_SCOPE);
		assertThat(offer.queue()).isEqualTo("orders");
		assertThat(decisions(chat.chatId())).containsExactly(
				"ANSWERED intent track_order answered by bot orders (confidence 0.86)",
				"ANSWERED message taken as order for the track_order flow",
				"OFFERED OUT_OF_SCOPE message fits no intent of the brand (out of scope)");
	}

	@Test
	void aFlowCanHandOverToAnAgent() {
		ChatEvents chat = new ChatEvents("tech-support");
		bots.send(chat.started("The app keeps crashing", intent("app_not_working", 0.8)));
		awaitReplies(chat.chatId(), 2);

		bots.send(chat.messaged("It shows error 503 on start", ChatEvents.outOfScope()));

		CallbackOffered offer = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(offer.reason()).isEqualTo(HandoverReason.BOT_FLOW_ESCALATION);
		assertThat(offer.reasonDetail())
			.isEqualTo("the app_not_working flow handed over: the app still fails after the standard fixes: It shows error 503 on start");
		assertThat(offer.queue()).isEqualTo("tech-support");
	}

	@Test
	void messagesToTheAgentAreNotTheBotsBusiness() {
		ChatEvents chat = new ChatEvents("billing");
		bots.send(chat.started("What's my balance?", intent("account_balance", 0.88)));
		CustomerMessaged toAgent = chat.messaged("I was charged twice", intent("billing_dispute", 0.95),
				CustomerMessaged.Addressee.AGENT);

		bots.send(toAgent);
		awaitEverythingBefore(chat, "How can I pay?");

		assertThat(bots.eventsOf(chat.chatId())).extracting(BotEvent::getClass)
			.containsExactly(BotReplied.class, BotReplied.class);
		assertThat(bots.eventsOf(chat.chatId(), BotReplied.class)).extracting(BotReplied::inReplyTo)
			.doesNotContain(toAgent.messageId());
		assertThat(jdbc.sql("select text from transcript_line where chat_id = ?").param(chat.chatId())
			.query(String.class).list()).doesNotContain(toAgent.text());
	}

	@Test
	void aRedeliveredChatStartIsAnsweredOnce() {
		ChatEvents chat = new ChatEvents("faq");
		ChatStarted started = chat.started("How do I contact you?", intent("contact_details", 0.9));

		bots.send(started);
		bots.send(started);
		awaitEverythingBefore(chat, "When are you open?");

		assertThat(bots.eventsOf(chat.chatId(), BotReplied.class)).extracting(BotReplied::inReplyTo)
			.filteredOn(started.messageId()::equals)
			.hasSize(1);
	}

	/**
	 * Sends one more answerable message and waits for its reply: events of one chat are handled and
	 * published in order, so every earlier event's effects are visible once this reply is.
	 */
	private void awaitEverythingBefore(ChatEvents chat, String text) {
		String intent = "faq".equals(chat.bot()) ? "opening_hours" : "payment_methods";
		CustomerMessaged marker = chat.messaged(text, intent(intent, 0.9));
		bots.send(marker);
		waiting().until(() -> bots.eventsOf(chat.chatId(), BotReplied.class)
			.stream()
			.anyMatch(reply -> marker.messageId().equals(reply.inReplyTo())));
	}

	private <T extends BotEvent> T awaitFirst(UUID chatId, Class<T> type) {
		return waiting().until(() -> bots.eventsOf(chatId, type), events -> !events.isEmpty()).get(0);
	}

	private List<BotReplied> awaitReplies(UUID chatId, int count) {
		return waiting().until(() -> bots.eventsOf(chatId, BotReplied.class), replies -> replies.size() >= count);
	}

	private static ConditionFactory waiting() {
		return await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(50));
	}

	private List<String> decisions(UUID chatId) {
		return jdbc.sql("select concat_ws(' ', outcome, reason, detail) from bot_decision where chat_id = ? order by id")
			.param(chatId)
			.query(String.class)
			.list();
	}

	private long offerCount(UUID chatId) {
		return jdbc.sql("select count(*) from callback_offer where chat_id = ?").param(chatId).query(Long.class).single();
	}

}
