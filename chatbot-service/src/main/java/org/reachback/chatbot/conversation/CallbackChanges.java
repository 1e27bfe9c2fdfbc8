package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reachback.chatbot.bot.CallbackChange;
import org.reachback.chatbot.bot.FlowPosition;
import org.reachback.chatbot.conversation.FlowStateRepository.WaitingFlow;
import org.reachback.chatbot.conversation.PromptRepository.ChatCallback;
import org.reachback.chatbot.queue.FreeSlot;
import org.reachback.chatbot.queue.QueueStatusReader;
import org.reachback.chatbot.request.CallbackWishes;
import org.reachback.chatbot.request.RequestedTime;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackChangeRequested;
import org.reachback.platform.messaging.Outbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Cancels or moves the chat's callback when the customer tells the bot to: the callback of the
 * chat's latest accepted prompt, moved to the first free slot at or after the time asked for (the
 * callback's preferred agent's own when she is free as early as the team, else the team's). The bot
 * says what it asked for and publishes {@link CallbackChangeRequested} in the caller's transaction;
 * intent-service carries it out as it does the same request from the API, and callback-service
 * decides, so the customer reads the outcome in the chat ("Your callback is now at ..."). A callback
 * that already ended is not changed: the bot says how it ended ("Your callback has already taken
 * place, ...") and offers nothing new.
 */
@Component
class CallbackChanges {

	static final String CANCEL_REQUESTED = "I've asked to cancel your callback.";

	static final String CANCEL_REQUESTED_BEFORE = "I've already asked to cancel your callback.";

	static final String NOTHING_TO_CANCEL = "I can't find a callback booked in this chat, so there's nothing to cancel.";

	static final String NOTHING_TO_MOVE = "I can't find a callback booked in this chat, so there's nothing to move.";

	static final String CANCELLING_NOT_MOVING = "You've asked to cancel your callback, so there's nothing to move.";

	static final String WHICH_TIME = "When would you like us to call you instead? For example \"tomorrow at 3pm\".";

	private final PromptRepository prompts;

	private final FlowStateRepository flows;

	private final QueueStatusReader queues;

	private final CallbackWishes wishes;

	private final BotVoice voice;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallbackChanges(PromptRepository prompts, FlowStateRepository flows, QueueStatusReader queues,
			CallbackWishes wishes, BotVoice voice, Outbox outbox, ApplicationEventPublisher events, Clock clock) {
		this.prompts = prompts;
		this.flows = flows;
		this.queues = queues;
		this.wishes = wishes;
		this.voice = voice;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the chat waits for the time to move its callback to, as {@code waiting} says. */
	static boolean waitsForTime(WaitingFlow waiting) {
		return CallbackChange.MOVE.intent().equals(waiting.intent());
	}

	/** The time {@code text} asks for in the customer's zone, if it asks for one. */
	Optional<RequestedTime> timeIn(Chat chat, String text) {
		return wishes.time(text, wishes.zoneOf(chat.customer()));
	}

	Outcome cancel(Chat chat, String bot, UUID messageId) {
		Optional<ChatCallback> found = prompts.latestCallback(chat.chatId());
		if (found.isEmpty()) {
			return say(chat, bot, messageId, CallbackChange.CANCEL, Result.NO_CALLBACK, NOTHING_TO_CANCEL,
					"no callback in this chat to cancel");
		}
		ChatCallback callback = found.get();
		if (callback.ended()) {
			return ended(chat, bot, messageId, CallbackChange.CANCEL, callback);
		}
		Instant now = clock.instant();
		if (!prompts.cancellationRequested(callback.callbackId(), now)) {
			return say(chat, bot, messageId, CallbackChange.CANCEL, Result.CANCELLING, CANCEL_REQUESTED_BEFORE,
					"the cancellation of callback " + callback.callbackId() + " was asked for before");
		}
		Outcome outcome = say(chat, bot, messageId, CallbackChange.CANCEL, Result.REQUESTED, CANCEL_REQUESTED,
				"asked to cancel callback " + callback.callbackId());
		outbox.publish(Topics.BOT,
				new CallbackChangeRequested(UUID.randomUUID(), now, chat.chatId(), callback.callbackId(), messageId, null));
		return outcome;
	}

	/**
	 * @param time the time asked for; {@code null} when the message asks for none: then the bot asks
	 * for one, and the chat waits for it as for a flow's answer (see {@link #waitsForTime})
	 */
	Outcome move(Chat chat, String bot, UUID messageId, RequestedTime time) {
		Optional<ChatCallback> found = prompts.latestCallback(chat.chatId());
		if (found.isEmpty()) {
			return say(chat, bot, messageId, CallbackChange.MOVE, Result.NO_CALLBACK, NOTHING_TO_MOVE,
					"no callback in this chat to move");
		}
		ChatCallback callback = found.get();
		if (callback.ended()) {
			return ended(chat, bot, messageId, CallbackChange.MOVE, callback);
		}
		if (callback.cancelling()) {
			return say(chat, bot, messageId, CallbackChange.MOVE, Result.CANCELLING, CANCELLING_NOT_MOVING,
					"callback " + callback.callbackId() + " is being cancelled, not moved");
		}
		if (time == null) {
			flows.save(chat.chatId(), new WaitingFlow(bot, CallbackChange.MOVE.intent(),
					new FlowPosition(0, "time", Map.of())), clock.instant());
			return say(chat, bot, messageId, CallbackChange.MOVE, Result.NO_TIME, WHICH_TIME,
					"no time understood to move callback " + callback.callbackId() + " to; asked for one");
		}
		ZonedDateTime now = clock.instant().atZone(wishes.zoneOf(chat.customer()));
		Optional<FreeSlot> slot = firstFreeSlot(callback, time.from().toInstant());
		if (slot.isEmpty()) {
			return say(chat, bot, messageId, CallbackChange.MOVE, Result.NO_SLOT,
					"There's no free time from " + SlotWords.when(time.from().toInstant(), now)
							+ " onwards, so your callback stays as it is.",
					"no free slot in " + callback.queue() + " from " + time.from().toInstant() + " to move callback "
							+ callback.callbackId() + " to");
		}
		Instant start = slot.get().start();
		String when = SlotWords.when(start, now);
		String text = time.distanceTo(start).isZero() ? "I'll move your callback to " + when + "."
				: "No agent is free then, so I'll move your callback to the nearest free time: " + when + ".";
		String own = slot.get().agentId() == null ? "" : " (" + slot.get().agentId() + "'s own time)";
		Outcome outcome = say(chat, bot, messageId, CallbackChange.MOVE, Result.REQUESTED, text,
				"asked to move callback " + callback.callbackId() + " to " + start + own + ", the first free slot in "
						+ callback.queue() + " from " + time.from().toInstant());
		outbox.publish(Topics.BOT,
				new CallbackChangeRequested(UUID.randomUUID(), now.toInstant(), chat.chatId(), callback.callbackId(),
						messageId, start));
		return outcome;
	}

	/** The preferred agent's own first free slot when it is as early as the team's, else the team's. */
	private Optional<FreeSlot> firstFreeSlot(ChatCallback callback, Instant from) {
		Optional<FreeSlot> team = queues.firstFreeSlotFrom(callback.queue(), from);
		if (callback.preferredAgent() == null) {
			return team;
		}
		Optional<FreeSlot> own = queues.agentFirstFreeSlotFrom(callback.preferredAgent(), callback.queue(), from);
		if (own.isPresent() && (team.isEmpty() || !own.get().start().isAfter(team.get().start()))) {
			return own;
		}
		return team;
	}

	/** The callback is over: the bot says how it ended and asks for nothing; a new one is asked for as usual. */
	private Outcome ended(Chat chat, String bot, UUID messageId, CallbackChange change, ChatCallback callback) {
		CallbackEnding ending = callback.ending();
		return say(chat, bot, messageId, change, Result.ENDED, ending.reply(change),
				"callback " + callback.callbackId() + " already ended (" + ending.name().toLowerCase(Locale.ROOT)
						+ "), so nothing was asked for");
	}

	private Outcome say(Chat chat, String bot, UUID messageId, CallbackChange change, Result result, String text,
			String detail) {
		voice.reply(chat.chatId(), bot, messageId, text);
		events.publishEvent(new CallbackChangeAnswered(chat.brand(), bot, change, result));
		return new Outcome(result, detail);
	}

	/** What came of a customer's request to change their callback. */
	enum Result {

		/** The change was asked for: intent-service and callback-service carry it out. */
		REQUESTED,
		/** The chat has no callback to change. */
		NO_CALLBACK,
		/** The callback's cancellation was asked for already. */
		CANCELLING,
		/** The callback ended (completed, cancelled, failed or expired): there is nothing to change. */
		ENDED,
		/** A move without a time the bot understood: it asked for one. */
		NO_TIME,
		/** No free slot at or after the time asked for. */
		NO_SLOT

	}

	/**
	 * @param detail what the bot did, in one sentence, for the decision record
	 */
	record Outcome(Result result, String detail) {
	}

}
