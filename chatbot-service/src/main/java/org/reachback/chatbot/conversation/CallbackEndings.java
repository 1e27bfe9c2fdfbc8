package org.reachback.chatbot.conversation;

import org.reachback.events.callback.CallbackEvent;
import org.reachback.platform.messaging.Inbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how the chat's callback ended (completed, cancelled, failed or expired), so that a later
 * "cancel my callback" or "move my callback" is answered with what happened rather than passed on
 * as a change that can no longer take place. The first ending recorded stays; the customer hears of
 * each ending from intent-service, not from the bot.
 */
@Service
public class CallbackEndings {

	private static final String CONSUMER = "chatbot-service.callback-endings";

	private final PromptRepository prompts;

	private final Inbox inbox;

	CallbackEndings(PromptRepository prompts, Inbox inbox) {
		this.prompts = prompts;
		this.inbox = inbox;
	}

	/**
	 * @param ended the ending event; a callback no prompt of this service asked for changes nothing
	 * @param ending how it ended
	 */
	@Transactional
	public void record(CallbackEvent ended, CallbackEnding ending) {
		if (inbox.firstDelivery(CONSUMER, ended)) {
			prompts.ended(ended.callbackId(), ending, ended.occurredAt());
		}
	}

}
