package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reachback.chatbot.bot.Bot;
import org.reachback.chatbot.bot.BotCatalog;
import org.reachback.chatbot.bot.CallbackChange;
import org.reachback.chatbot.bot.CapabilityCheck;
import org.reachback.chatbot.bot.Flow;
import org.reachback.chatbot.bot.FlowOutcome;
import org.reachback.chatbot.bot.Verdict;
import org.reachback.chatbot.conversation.ClarifyingQuestion.Choice;
import org.reachback.chatbot.conversation.FlowStateRepository.WaitingFlow;
import org.reachback.chatbot.conversation.HandoverPrompts.Handover;
import org.reachback.chatbot.request.RequestedTime;
import org.reachback.events.HandoverReason;
import org.reachback.events.IntentMatch;
import org.reachback.events.TranscriptLine;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.platform.messaging.Inbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles each customer message to a bot: a message a waiting flow asked for is that flow's input;
 * a time after the bot asked when to call instead moves the callback there; a reply to "which one
 * did you mean?" that chooses one is answered as that intent; any other message passes the
 * capability check and is answered, changes the chat's callback, or is met with a callback prompt
 * or with that question. Either way the decision is recorded with its reason.
 */
@Service
public class ConversationService {

	private static final String CONSUMER = "chatbot-service.conversation";

	private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

	private final BotCatalog catalog;

	private final ChatRepository chats;

	private final TranscriptRepository transcript;

	private final FlowStateRepository flows;

	private final DecisionRepository decisions;

	private final HandoverPrompts prompts;

	private final ClarifyingQuestion question;

	private final CallbackChanges changes;

	private final BotVoice voice;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConversationService(BotCatalog catalog, ChatRepository chats, TranscriptRepository transcript,
			FlowStateRepository flows, DecisionRepository decisions, HandoverPrompts prompts, ClarifyingQuestion question,
			CallbackChanges changes, BotVoice voice, Inbox inbox, ApplicationEventPublisher events, Clock clock) {
		this.catalog = catalog;
		this.chats = chats;
		this.transcript = transcript;
		this.flows = flows;
		this.decisions = decisions;
		this.prompts = prompts;
		this.question = question;
		this.changes = changes;
		this.voice = voice;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void start(ChatStarted started) {
		if (!inbox.firstDelivery(CONSUMER, started)) {
			return;
		}
		Chat chat = chats.start(new Chat(started.chatId(), started.brand(), started.bot(), started.customer(),
				started.occurredAt()));
		respond(chat, new Message(started.bot(), started.messageId(), started.text(), started.intent(),
				started.occurredAt()));
	}

	/** Only messages to the bot; once an agent joined the chat, the customer talks to them. */
	@Transactional
	public void message(CustomerMessaged messaged) {
		if (!inbox.firstDelivery(CONSUMER, messaged) || messaged.addressee() != CustomerMessaged.Addressee.BOT) {
			return;
		}
		Chat chat = chats.find(messaged.chatId())
			.orElseGet(() -> chats.start(new Chat(messaged.chatId(), messaged.brand(), messaged.bot(), null,
					messaged.occurredAt())));
		respond(chat, new Message(messaged.bot(), messaged.messageId(), messaged.text(), messaged.intent(),
				messaged.occurredAt()));
	}

	private void respond(Chat chat, Message message) {
		transcript.add(chat.chatId(), new TranscriptLine(message.at(), TranscriptLine.Speaker.CUSTOMER,
				chat.customer().name(), message.text()));
		Optional<WaitingFlow> waiting = flows.find(chat.chatId());
		Optional<WaitingFlow> flow = waiting
			.filter(f -> catalog.bot(chat.brand(), f.bot()).filter(bot -> bot.handles(f.intent())).isPresent());
		if (flow.isPresent()) {
			continueFlow(chat, message, flow.get());
			return;
		}
		flows.clear(chat.chatId());
		if (waiting.filter(CallbackChanges::waitsForTime).isPresent()
				&& movedToTimeAsked(chat, message, waiting.get().bot())) {
			return;
		}
		Optional<Choice> choice = question.answer(chat, message.text(), message.intent());
		if (choice.isPresent()) {
			answerChoice(chat, message, choice.get());
		}
		else {
			check(chat, message);
		}
	}

	private void check(Chat chat, Message message) {
		Optional<Bot> bot = catalog.bot(chat.brand(), message.bot());
		if (bot.isEmpty()) {
			log.warn("Chat {} is with bot {} of brand {}, which is not configured; message {} left unanswered",
					chat.chatId(), message.bot(), chat.brand(), message.id());
			return;
		}
		Verdict verdict = CapabilityCheck.check(message.bot(), bot.get(), message.intent());
		if (verdict.answers()) {
			String intent = message.intent().name();
			follow(chat, message, message.bot(), intent, Flow.start(bot.get().stepsFor(intent)), verdict.detail());
		}
		else if (verdict.changesCallback()) {
			changeCallback(chat, message, message.bot(), verdict.change(), verdict.detail());
		}
		else if (verdict.asks()) {
			question.ask(chat, message.bot(), bot.get(), message.id(), verdict.clarification());
			record(chat, message, new Decision(chat.chatId(), message.id(), chat.brand(), message.bot(),
					verdict.clarification().first(), message.confidence(), Decision.Outcome.ASKED,
					Decision.Reason.AMBIGUOUS, verdict.detail(), null, clock.instant()));
		}
		else {
			prompt(chat, message, new Handover(message.bot(), bot.get().queue(), message.id(), message.intentName(),
					verdict.reason(), verdict.detail(), message.text()));
		}
	}

	/**
	 * The message answered "which one did you mean?": the chosen intent is answered without a
	 * confidence check, as the customer said what they meant.
	 */
	private void answerChoice(Chat chat, Message message, Choice choice) {
		Bot bot = catalog.bot(chat.brand(), choice.bot()).orElseThrow();
		String detail = "message taken as the choice of " + choice.intent() + " when asked between "
				+ choice.question().first() + " and " + choice.question().second();
		Optional<CallbackChange> change = CallbackChange.of(choice.intent());
		if (change.isPresent()) {
			changeCallback(chat, message, choice.bot(), change.get(), detail);
		}
		else {
			follow(chat, message, choice.bot(), choice.intent(), Flow.start(bot.stepsFor(choice.intent())), detail);
		}
	}

	/** Cancels or moves the chat's callback; a move names the time in the same message, or the bot asks for it. */
	private void changeCallback(Chat chat, Message message, String botName, CallbackChange change, String detail) {
		CallbackChanges.Outcome outcome = change == CallbackChange.CANCEL ? changes.cancel(chat, botName, message.id())
				: changes.move(chat, botName, message.id(), changes.timeIn(chat, message.text()).orElse(null));
		record(chat, message, new Decision(chat.chatId(), message.id(), chat.brand(), botName, change.intent(),
				message.confidence(), Decision.Outcome.ANSWERED, null, detail + "; " + outcome.detail(), null,
				clock.instant()));
	}

	/**
	 * The bot asked when to call instead, and this message names a time: it moves the callback,
	 * unless the message is one the bot would act on anyway (one of its intents, a question between
	 * two, or another change). A message the bot would hand over ("3pm please" is out of scope; "can
	 * someone call me at 4" asks for a person) is the time asked for.
	 *
	 * @return whether the message moved the callback
	 */
	private boolean movedToTimeAsked(Chat chat, Message message, String botName) {
		Optional<Bot> bot = catalog.bot(chat.brand(), botName);
		if (bot.isEmpty()) {
			return false;
		}
		Verdict verdict = CapabilityCheck.check(botName, bot.get(), message.intent());
		if (verdict.answers() || verdict.asks() || verdict.changesCallback()) {
			return false;
		}
		Optional<RequestedTime> time = changes.timeIn(chat, message.text());
		if (time.isEmpty()) {
			return false;
		}
		CallbackChanges.Outcome outcome = changes.move(chat, botName, message.id(), time.get());
		record(chat, message, new Decision(chat.chatId(), message.id(), chat.brand(), botName,
				CallbackChange.MOVE.intent(), message.confidence(), Decision.Outcome.ANSWERED, null,
				"message taken as the time to move the callback to; " + outcome.detail(), null, clock.instant()));
		return true;
	}

	/** The message is the input the flow asked for: it is not capability-checked. */
	private void continueFlow(Chat chat, Message message, WaitingFlow flow) {
		Bot bot = catalog.bot(chat.brand(), flow.bot()).orElseThrow();
		FlowOutcome outcome = Flow.resume(bot.stepsFor(flow.intent()), flow.position(), message.text());
		follow(chat, message, flow.bot(), flow.intent(), outcome,
				"message taken as " + flow.position().awaiting() + " for the " + flow.intent() + " flow");
	}

	private void follow(Chat chat, Message message, String botName, String intent, FlowOutcome outcome, String detail) {
		outcome.replies().forEach(reply -> voice.reply(chat.chatId(), botName, message.id(), reply));
		if (outcome.waits()) {
			flows.save(chat.chatId(), new WaitingFlow(botName, intent, outcome.waiting()), clock.instant());
		}
		else {
			flows.clear(chat.chatId());
		}
		if (outcome.handsOver()) {
			String queue = catalog.bot(chat.brand(), botName).orElseThrow().queue();
			prompt(chat, message, new Handover(botName, queue, message.id(), intent, HandoverReason.BOT_FLOW_ESCALATION,
					"the " + intent + " flow handed over: " + outcome.handover(), message.text()));
		}
		else {
			record(chat, message, new Decision(chat.chatId(), message.id(), chat.brand(), botName, intent,
					message.confidence(), Decision.Outcome.ANSWERED, null, detail, null, clock.instant()));
		}
	}

	private void prompt(Chat chat, Message message, Handover handover) {
		UUID promptId = prompts.show(chat, handover);
		record(chat, message, new Decision(chat.chatId(), message.id(), chat.brand(), handover.bot(), handover.intent(),
				message.confidence(), Decision.Outcome.OFFERED, Decision.Reason.of(handover.reason()), handover.detail(),
				promptId, clock.instant()));
	}

	private void record(Chat chat, Message message, Decision decision) {
		decisions.record(decision);
		events.publishEvent(MessageDecided.of(decision));
		log.debug("Chat {} message {}: {} ({})", chat.chatId(), message.id(), decision.outcome(), decision.detail());
	}

	/** A customer message to {@code bot}, from either the chat's first message or a later one. */
	private record Message(String bot, UUID id, String text, IntentMatch intent, Instant at) {

		String intentName() {
			return intent == null ? null : intent.name();
		}

		Double confidence() {
			return intent == null ? null : intent.confidence();
		}

	}

}
