package org.reachback.events;

/** Why a bot decided a message was outside what it can do, recorded with every offer. */
public enum HandoverReason {

	/** The message's intent is not one the bot handles. */
	INTENT_NOT_HANDLED,

	/** Intent analysis was not confident enough for this bot. */
	LOW_CONFIDENCE,

	/** The message fits no intent the brand knows. */
	OUT_OF_SCOPE,

	/** The customer asked for a person. */
	HUMAN_REQUESTED,

	/** The bot's own flow ended in "a person must handle this". */
	BOT_FLOW_ESCALATION

}
