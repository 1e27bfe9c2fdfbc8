package org.reachback.chatbot.bot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tiny state machine behind an answer: runs steps in order, speaking each answer, until a
 * question (then it waits for the customer's next message), a handover, or the end. Plain-text
 * answers are one-step flows. Stateless: the chat's {@link FlowPosition} is kept by the caller.
 */
public final class Flow {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

	private Flow() {
	}

	public static FlowOutcome start(List<Step> steps) {
		return run(steps, 0, Map.of());
	}

	/** Captures {@code input} into the variable the flow waits for and runs on from there. */
	public static FlowOutcome resume(List<Step> steps, FlowPosition position, String input) {
		Map<String, String> variables = new LinkedHashMap<>(position.variables());
		variables.put(position.awaiting(), input == null ? "" : input.strip());
		return run(steps, position.nextStep(), variables);
	}

	private static FlowOutcome run(List<Step> steps, int from, Map<String, String> variables) {
		List<String> replies = new ArrayList<>();
		for (int index = from; index < steps.size(); index++) {
			Step step = steps.get(index);
			switch (step.kind()) {
				case ANSWER -> replies.add(fill(step.answer(), variables));
				case ASK -> {
					replies.add(fill(step.ask(), variables));
					return FlowOutcome.waiting(replies, new FlowPosition(index + 1, step.into(), variables));
				}
				case HANDOVER -> {
					return FlowOutcome.handover(replies, fill(step.handover(), variables));
				}
			}
		}
		return FlowOutcome.finished(replies);
	}

	/** Replaces {@code {name}} by the captured value; unknown names stay as written. */
	static String fill(String text, Map<String, String> variables) {
		Matcher matcher = VARIABLE.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = variables.getOrDefault(matcher.group(1), matcher.group());
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		return matcher.appendTail(filled).toString();
	}

}
