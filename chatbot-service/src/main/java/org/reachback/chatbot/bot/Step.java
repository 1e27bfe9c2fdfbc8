package org.reachback.chatbot.bot;

/**
 * One step of a bot's answer; exactly one of {@code ask}, {@code answer} and {@code handover} is
 * set. Texts may name captured variables as {@code {name}}.
 *
 * @param ask a question; the customer's next message is captured into the variable {@code into}
 * @param into the variable an {@code ask} step captures
 * @param answer a reply
 * @param handover ends the flow with a callback prompt; the text is recorded as the reason
 */
public record Step(String ask, String into, String answer, String handover) {

	public Step {
		int kinds = (present(ask) ? 1 : 0) + (present(answer) ? 1 : 0) + (present(handover) ? 1 : 0);
		if (kinds != 1) {
			throw new IllegalArgumentException("A step needs exactly one of ask, answer or handover, but had ask="
					+ ask + ", answer=" + answer + ", handover=" + handover);
		}
		if (present(ask) && !present(into)) {
			throw new IllegalArgumentException("The step asking '" + ask + "' needs 'into', the variable to capture");
		}
	}

	public static Step answer(String text) {
		return new Step(null, null, text, null);
	}

	public static Step ask(String question, String variable) {
		return new Step(question, variable, null, null);
	}

	public static Step handover(String reason) {
		return new Step(null, null, null, reason);
	}

	public Kind kind() {
		return present(ask) ? Kind.ASK : present(answer) ? Kind.ANSWER : Kind.HANDOVER;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	public enum Kind {
		ASK, ANSWER, HANDOVER
	}

}
