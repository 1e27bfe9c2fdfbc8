package org.reachback.chatbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

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
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.TranscriptLine;
import org.reachback.events.bot.BotEvent;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.testing.ServiceIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

/** Chats driven over Kafka, as intent-service drives them, against the real service, broker and database. */
@ServiceIntegrationTest
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class ConversationIntegrationTests extends ChatOverKafka {

	private static final Instant FIRST_FREE_SLOT = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void billingQueueHasAWaitAndFreeSlots() {
		QueueFixture queues = new QueueFixture(jdbc);
		queues.clear("billing");
		queues.status("billing", 420);
		queues.slot("billing", FIRST_FREE_SLOT.minus(Duration.ofHours(3)), 2, 0);
		queues.slot("billing", FIRST_FREE_SLOT.minus(Duration.ofMinutes(30)), 2, 2);
		IntStream.range(0, 8).forEach(i -> queues.slot("billing", FIRST_FREE_SLOT.plus(Duration.ofMinutes(30L * i)), 2, 1));
		queues.clear("faq");
	}

	@Test
	void theFaqBotAnswersOpeningHoursWithoutOfferingACallback() {
		ChatEvents chat = new ChatEvents("faq");
		ChatStarted started = chat.started("What are your opening hours?", intent("opening_hours", 0.92));

		intentService.publish(Topics.CHAT, started);

		BotReplied reply = awaitFirst(chat.chatId(), BotReplied.class);
		assertThat(reply.bot()).isEqualTo("faq");
		assertThat(reply.inReplyTo()).isEqualTo(started.messageId());
		assertThat(reply.text()).startsWith("We're open Monday to Friday from 8am to 8pm");
		assertThat(decisions(chat.chatId())).containsExactly("ANSWERED intent opening_hours answered by bot faq (confidence 0.92)");
		assertThat(promptCount(chat.chatId())).isZero();
		assertThat(bots.of(chat.chatId(), CallbackOffered.class)).isEmpty();
	}

	@Test
	void aBillingDisputeIsOfferedACallbackWithTheQueuesWaitAndNextFreeSlots() {
		ChatEvents chat = new ChatEvents("billing");
		ChatStarted started = chat.started("I was charged twice for my order", intent("billing_dispute", 0.94));

		intentService.publish(Topics.CHAT, started);

		CallbackOffered prompt = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(prompt.reason()).isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
		assertThat(prompt.reasonDetail()).isEqualTo("intent billing_dispute is not handled by bot billing");
		assertThat(prompt.bot()).isEqualTo("billing");
		assertThat(prompt.queue()).isEqualTo("billing");
		assertThat(prompt.inReplyTo()).isEqualTo(started.messageId());
		assertThat(prompt.promptId()).isNotNull();
		assertThat(prompt.estimatedWaitSeconds()).isEqualTo(420);
		assertThat(prompt.text()).isEqualTo(
				"I can't help with that here, but an agent can call you or join you here in this chat. About 7 minutes' "
						+ "wait right now. Or pick a time that suits you.");
		assertThat(prompt.media()).as("call me, or chat with me here").containsExactly(Media.VOICE, Media.CHAT);
		assertThat(prompt.slots()).containsExactlyElementsOf(IntStream.range(0, 6)
			.mapToObj(i -> FIRST_FREE_SLOT.plus(Duration.ofMinutes(30L * i)))
			.toList());
		assertThat(prompt.options()).containsExactly(CallbackOption.CALLBACK_ASAP, CallbackOption.CALLBACK_SCHEDULED,
				CallbackOption.KEEP_CHATTING);
		assertThat(prompt.suggestedSlot()).as("no time asked for").isNull();
		assertThat(prompt.preferredAgent()).as("no agent asked for").isNull();
		assertThat(bots.of(chat.chatId(), BotReplied.class)).isEmpty();
		assertThat(decisions(chat.chatId()))
			.containsExactly("OFFERED INTENT_NOT_HANDLED intent billing_dispute is not handled by bot billing");
	}

	@Test
	void aConfidenceBelowTheBotsThresholdIsOffered() {
		ChatEvents chat = new ChatEvents("billing");

		intentService.publish(Topics.CHAT, chat.started("balance thing??", intent("account_balance", 0.31)));

		CallbackOffered prompt = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(prompt.reason()).isEqualTo(HandoverReason.LOW_CONFIDENCE);
		assertThat(prompt.reasonDetail()).isEqualTo("confidence 0.31 below threshold 0.60 for intent account_balance");
	}

	@Test
	void askingForAPersonIsOfferedEvenWhenTheQueueStatusIsUnknown() {
		ChatEvents chat = new ChatEvents("faq");

		intentService.publish(Topics.CHAT, chat.started("Can I talk to a person?", intent("human_agent", 0.97)));

		CallbackOffered prompt = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(prompt.reason()).isEqualTo(HandoverReason.HUMAN_REQUESTED);
		assertThat(prompt.queue()).isEqualTo("faq");
		assertThat(prompt.estimatedWaitSeconds()).isNull();
		assertThat(prompt.slots()).isEmpty();
		assertThat(prompt.options()).containsExactly(CallbackOption.CALLBACK_ASAP, CallbackOption.KEEP_CHATTING);
		assertThat(prompt.text()).contains("No agent is free right now");
	}

	@Test
	void anAcceptedPromptRequestsExactlyOneCallbackWithTheChatsContext() {
		ChatEvents chat = new ChatEvents("billing");
		intentService.publish(Topics.CHAT, chat.started("What's my balance?", intent("account_balance", 0.88)));
		CustomerMessaged dispute = chat.messaged("I was charged twice, I want to dispute it", intent("billing_dispute", 0.91));
		intentService.publish(Topics.CHAT, dispute);
		CallbackOffered prompt = awaitFirst(chat.chatId(), CallbackOffered.class);

		PromptAnswered asap = chat.answered(prompt.promptId(), CallbackOption.CALLBACK_ASAP, "+442079460958", null, "sam");
		intentService.publish(Topics.CHAT, asap);
		intentService.publish(Topics.CHAT, asap);
		intentService.publish(Topics.CHAT, chat.answered(prompt.promptId(), CallbackOption.CALLBACK_ASAP, "+442079460958", null, "sam"));
		intentService.publish(Topics.CHAT, chat.answered(prompt.promptId(), CallbackOption.KEEP_CHATTING, null, null, null));
		awaitEverythingBefore(chat, "How can I pay?");

		List<CallbackRequested> requests = bots.of(chat.chatId(), CallbackRequested.class);
		assertThat(requests).hasSize(1);
		CallbackRequested request = requests.get(0);
		assertThat(request.callbackId()).isEqualTo(asap.callbackId());
		assertThat(request.promptId()).isEqualTo(prompt.promptId());
		assertThat(request.asSoonAsPossible()).isTrue();
		assertThat(request.preferredAgent()).isEqualTo("sam");
		assertThat(request.context().chatId()).isEqualTo(chat.chatId());
		assertThat(request.context().brand()).isEqualTo("acme");
		assertThat(request.context().queue()).isEqualTo("billing");
		assertThat(request.context().phone()).isEqualTo("+442079460958");
		assertThat(request.context().media()).as("no medium chosen, and a number to call").isEqualTo(Media.VOICE);
		assertThat(request.context().customer()).isEqualTo(ChatEvents.ADA);
		assertThat(request.context().intent()).isEqualTo("billing_dispute");
		assertThat(request.context().handoverReason()).isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
		assertThat(request.context().reason()).isEqualTo("intent billing_dispute is not handled by bot billing");
		assertThat(request.context().transcript()).extracting(TranscriptLine::speaker, TranscriptLine::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Speaker.CUSTOMER, "What's my balance?"),
					org.assertj.core.groups.Tuple.tuple(Speaker.BOT,
							bots.of(chat.chatId(), BotReplied.class).get(0).text()),
					org.assertj.core.groups.Tuple.tuple(Speaker.CUSTOMER, dispute.text()),
					org.assertj.core.groups.Tuple.tuple(Speaker.BOT, prompt.text()));
		assertThat(request.context().transcript().get(0).name()).isEqualTo("Ada Lovelace");
		assertThat(request.context().transcript().get(1).name()).isEqualTo("billing");
		assertThat(bots.of(chat.chatId(), BotReplied.class)).extracting(BotReplied::text)
			.doesNotContain(PromptService.KEEP_CHATTING_REPLY);
	}

	@Test
	void aScheduledCallbackCarriesTheChosenSlot() {
		ChatEvents chat = new ChatEvents("billing");
		intentService.publish(Topics.CHAT, chat.started("dispute a charge", intent("billing_dispute", 0.9)));
		CallbackOffered prompt = awaitFirst(chat.chatId(), CallbackOffered.class);

		intentService.publish(Topics.CHAT, chat.answered(prompt.promptId(), CallbackOption.CALLBACK_SCHEDULED, "+442079460958",
				prompt.slots().get(1), null));

		CallbackRequested request = awaitFirst(chat.chatId(), CallbackRequested.class);
		assertThat(request.slot()).isEqualTo(prompt.slots().get(1));
		assertThat(request.asSoonAsPossible()).isFalse();
	}

	@Test
	void theChosenMediumTravelsWithTheCallbackRequest() {
		ChatEvents chatHere = new ChatEvents("billing");
		intentService.publish(Topics.CHAT, chatHere.started("dispute a charge", intent("billing_dispute", 0.9)));
		ChatEvents callMe = new ChatEvents("billing");
		intentService.publish(Topics.CHAT, callMe.started("dispute a charge", intent("billing_dispute", 0.9)));
		CallbackOffered chatPrompt = awaitFirst(chatHere.chatId(), CallbackOffered.class);
		CallbackOffered callPrompt = awaitFirst(callMe.chatId(), CallbackOffered.class);

		intentService.publish(Topics.CHAT, chatHere.answered(chatPrompt.promptId(), CallbackOption.CALLBACK_SCHEDULED,
				"+442079460958", chatPrompt.slots().get(0), null, Media.CHAT));
		intentService.publish(Topics.CHAT, callMe.answered(callPrompt.promptId(), CallbackOption.CALLBACK_ASAP,
				"+442079460958", null, null, Media.VOICE));

		CallbackRequested inTheChat = awaitFirst(chatHere.chatId(), CallbackRequested.class);
		assertThat(inTheChat.context().media()).as("chat chosen, though a number was given").isEqualTo(Media.CHAT);
		assertThat(inTheChat.context().phone()).isEqualTo("+442079460958");
		assertThat(inTheChat.slot()).isEqualTo(chatPrompt.slots().get(0));
		assertThat(awaitFirst(callMe.chatId(), CallbackRequested.class).context().media()).isEqualTo(Media.VOICE);
	}

	@Test
	void keepChattingDeclinesThePromptAndTheBotCarriesOn() {
		ChatEvents chat = new ChatEvents("billing");
		ChatStarted started = chat.started("I was charged twice", intent("billing_dispute", 0.9));
		intentService.publish(Topics.CHAT, started);
		CallbackOffered prompt = awaitFirst(chat.chatId(), CallbackOffered.class);

		intentService.publish(Topics.CHAT, chat.answered(prompt.promptId(), CallbackOption.KEEP_CHATTING, null, null, null));

		BotReplied reply = awaitFirst(chat.chatId(), BotReplied.class);
		assertThat(reply.text()).isEqualTo("Sure, what else can I help with?");
		assertThat(reply.inReplyTo()).isEqualTo(started.messageId());
		assertThat(jdbc.sql("select outcome from callback_offer where prompt_id = ?").param(prompt.promptId())
			.query(String.class).single()).isEqualTo("DECLINED");

		intentService.publish(Topics.CHAT, chat.answered(prompt.promptId(), CallbackOption.CALLBACK_ASAP, "+442079460958", null, null));
		awaitEverythingBefore(chat, "Which cards do you take?");
		assertThat(bots.of(chat.chatId(), CallbackRequested.class)).isEmpty();
	}

	@Test
	void trackOrderAsksForTheOrderNumberAndAnswersWithIt() {
		ChatEvents chat = new ChatEvents("orders");
		intentService.publish(Topics.CHAT, chat.started("Where is my parcel?", intent("track_order", 0.86)));
		awaitReplies(chat.chatId(), 1);
		assertThat(bots.of(chat.chatId(), BotReplied.class).get(0).text()).startsWith("What's your order number?");

		intentService.publish(Topics.CHAT, chat.messaged("AC-1042", ChatEvents.outOfScope()));

		List<BotReplied> replies = awaitReplies(chat.chatId(), 2);
		assertThat(replies.get(1).text()).startsWith("Thanks! Order AC-1042 is on its way.");
		assertThat(bots.of(chat.chatId(), CallbackOffered.class)).isEmpty();

		intentService.publish(Topics.CHAT, chat.messaged("Do you sell garden furniture?", ChatEvents.outOfScope()));

		CallbackOffered prompt = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(prompt.reason()).isEqualTo(HandoverReason.OUT_OF_SCOPE);
		assertThat(prompt.queue()).isEqualTo("orders");
		assertThat(decisions(chat.chatId())).containsExactly(
				"ANSWERED intent track_order answered by bot orders (confidence 0.86)",
				"ANSWERED message taken as order for the track_order flow",
				"OFFERED OUT_OF_SCOPE message fits no intent of the brand (out of scope)");
	}

	@Test
	void aFlowCanHandOverToAnAgent() {
		ChatEvents chat = new ChatEvents("tech-support");
		intentService.publish(Topics.CHAT, chat.started("The app keeps crashing", intent("app_not_working", 0.8)));
		awaitReplies(chat.chatId(), 2);

		intentService.publish(Topics.CHAT, chat.messaged("It shows error 503 on start", ChatEvents.outOfScope()));

		CallbackOffered prompt = awaitFirst(chat.chatId(), CallbackOffered.class);
		assertThat(prompt.reason()).isEqualTo(HandoverReason.BOT_FLOW_ESCALATION);
		assertThat(prompt.reasonDetail())
			.isEqualTo("the app_not_working flow handed over: the app still fails after the standard fixes: It shows error 503 on start");
		assertThat(prompt.queue()).isEqualTo("tech-support");
	}

	@Test
	void messagesToTheAgentAreNotTheBotsBusiness() {
		ChatEvents chat = new ChatEvents("billing");
		intentService.publish(Topics.CHAT, chat.started("What's my balance?", intent("account_balance", 0.88)));
		CustomerMessaged toAgent = chat.messaged("I was charged twice", intent("billing_dispute", 0.95),
				CustomerMessaged.Addressee.AGENT);

		intentService.publish(Topics.CHAT, toAgent);
		awaitEverythingBefore(chat, "How can I pay?");

		assertThat(bots.of(chat.chatId())).extracting(Object::getClass)
			.containsExactly(BotReplied.class, BotReplied.class);
		assertThat(bots.of(chat.chatId(), BotReplied.class)).extracting(BotReplied::inReplyTo)
			.doesNotContain(toAgent.messageId());
		assertThat(jdbc.sql("select text from transcript_line where chat_id = ?").param(chat.chatId())
			.query(String.class).list()).doesNotContain(toAgent.text());
	}

	@Test
	void aRedeliveredChatStartIsAnsweredOnce() {
		ChatEvents chat = new ChatEvents("faq");
		ChatStarted started = chat.started("How do I contact you?", intent("contact_details", 0.9));

		intentService.publish(Topics.CHAT, started);
		intentService.publish(Topics.CHAT, started);
		awaitEverythingBefore(chat, "When are you open?");

		assertThat(bots.of(chat.chatId(), BotReplied.class)).extracting(BotReplied::inReplyTo)
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
		intentService.publish(Topics.CHAT, marker);
		waiting().until(() -> bots.of(chat.chatId(), BotReplied.class)
			.stream()
			.anyMatch(reply -> marker.messageId().equals(reply.inReplyTo())));
	}

	private <T extends BotEvent> T awaitFirst(UUID chatId, Class<T> type) {
		return waiting().until(() -> bots.of(chatId, type), events -> !events.isEmpty()).get(0);
	}

	private List<BotReplied> awaitReplies(UUID chatId, int count) {
		return waiting().until(() -> bots.of(chatId, BotReplied.class), replies -> replies.size() >= count);
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

	private long promptCount(UUID chatId) {
		return jdbc.sql("select count(*) from callback_offer where chat_id = ?").param(chatId).query(Long.class).single();
	}

}
