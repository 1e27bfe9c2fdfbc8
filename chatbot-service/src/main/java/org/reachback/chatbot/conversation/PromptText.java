package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.reachback.chatbot.queue.QueueOutlook;
import org.reachback.events.HandoverReason;

/**
 * The words of a callback prompt: why the bot hands over and what waiting for an agent means now;
 * or, for a customer who asked for a time or an agent, whether that time is free and, if not, the
 * nearest ones; or, when a chosen slot filled before it was booked, the nearest others. Every prompt
 * offers both media ({@link PromptOffers#MEDIA}), so its words say the agent may call or join the chat.
 */
final class PromptText {

	/** How many of the nearest times a prompt names; the prompt lists all its slots anyway. */
	static final int NEAREST_NAMED = 3;

	/** Ends a prompt about times, whose words name only the call, with the choice of medium. */
	static final String EITHER_MEDIUM = "It can be a call or a chat here, as you prefer.";

	private PromptText() {
	}

	static String of(HandoverReason reason, QueueOutlook outlook) {
		String opening = switch (reason) {
			case HUMAN_REQUESTED -> "Of course, an agent can call you or join you here in this chat.";
			case BOT_FLOW_ESCALATION -> "This needs one of our agents, who can call you or join you here in this chat.";
			default -> "I can't help with that here, but an agent can call you or join you here in this chat.";
		};
		String slots = outlook.hasSlots() ? " Or pick a time that suits you." : "";
		return opening + " " + waiting(outlook.estimatedWaitSeconds()) + slots;
	}

	/**
	 * "Maria can call you tomorrow at 10:00." or "Maria is not free then; the nearest times are ...",
	 * then how soon an agent could call instead, and that it may be a call or a chat.
	 */
	static String of(SlotOffer offer, Integer estimatedWaitSeconds, ZonedDateTime now) {
		String agent = offer.agentsOwn() ? offer.agent().name() : null;
		String unavailable = offer.agent() != null && !offer.agentsOwn()
				? offer.agent().name() + " has no free time in the coming days. " : "";
		String answer;
		if (offer.suggested() == null) {
			answer = "There is no free time to book right now.";
		}
		else if (offer.time() == null) {
			answer = (agent == null ? "The" : agent + "'s") + " next free time is "
					+ SlotWords.when(offer.suggested(), now) + ".";
		}
		else if (offer.matches()) {
			answer = (agent == null ? "An agent" : agent) + " can call you " + SlotWords.when(offer.suggested(), now)
					+ ".";
		}
		else {
			answer = (agent == null ? "No agent is free" : agent + " is not free") + " then; the nearest times are "
					+ SlotWords.either(nearest(offer), now) + ".";
		}
		return unavailable + answer + " " + instead(estimatedWaitSeconds) + " " + EITHER_MEDIUM;
	}

	/** After {@code refused} filled: "Sorry, someone booked ... just before you." and the nearest others. */
	static String afterSlotFull(Instant refused, SlotOffer offer, Integer estimatedWaitSeconds, ZonedDateTime now) {
		String sorry = "Sorry, someone booked " + SlotWords.when(refused, now) + " just before you. ";
		String others;
		if (offer.suggested() == null) {
			others = "There is no other free time right now.";
		}
		else {
			String unavailable = offer.agent() != null && !offer.agentsOwn()
					? offer.agent().name() + " has no other free time in the coming days. " : "";
			String whose = offer.agentsOwn() ? offer.agent().name() + "'s nearest" : "The nearest";
			others = unavailable + whose + " free times are " + SlotWords.either(nearest(offer), now) + ".";
		}
		return sorry + others + " " + instead(estimatedWaitSeconds) + " " + EITHER_MEDIUM;
	}

	static String waiting(Integer seconds) {
		if (seconds == null) {
			return "No agent is free right now, so we'll call you as soon as one is.";
		}
		if (seconds < 60) {
			return "Less than a minute's wait right now.";
		}
		long minutes = Math.round(seconds / 60.0);
		return minutes == 1 ? "About 1 minute's wait right now." : "About " + minutes + " minutes' wait right now.";
	}

	private static String instead(Integer estimatedWaitSeconds) {
		return estimatedWaitSeconds == null ? "Or we can call you as soon as an agent is free."
				: "Or we can call you as soon as possible: " + lowerFirst(waiting(estimatedWaitSeconds));
	}

	private static List<Instant> nearest(SlotOffer offer) {
		return offer.nearest().subList(0, Math.min(NEAREST_NAMED, offer.nearest().size()));
	}

	private static String lowerFirst(String sentence) {
		return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
	}

}
