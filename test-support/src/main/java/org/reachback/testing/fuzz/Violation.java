package org.reachback.testing.fuzz;

/**
 * An answer that broke the specification.
 *
 * @param caseIndex the case, to run again alone with {@code -Dreachback.fuzz.case}
 * @param check the check it failed, as a short phrase
 * @param request the request, in about 300 characters
 * @param body the answer's body, at most 300 characters
 */
public record Violation(String operation, int caseIndex, String check, String request, int status, String contentType,
		String body) {

	@Override
	public String toString() {
		return "case " + caseIndex + ": " + request + "\n      -> " + status + " " + contentType + " " + body;
	}

}
