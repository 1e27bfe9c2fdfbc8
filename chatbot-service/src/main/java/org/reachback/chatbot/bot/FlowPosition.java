package org.reachback.chatbot.bot;

import java.util.Map;

/**
 * Where a waiting flow stands.
 *
 * @param nextStep the step to run once the customer answered
 * @param awaiting the variable the customer's next message is captured into
 * @param variables what was captured so far
 */
public record FlowPosition(int nextStep, String awaiting, Map<String, String> variables) {

	public FlowPosition {
		variables = Map.copyOf(variables);
	}

}
