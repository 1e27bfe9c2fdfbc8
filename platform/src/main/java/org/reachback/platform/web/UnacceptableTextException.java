package org.reachback.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string with text {@link Text} refuses; the message never repeats the text. */
final class UnacceptableTextException extends MismatchedInputException {

	private static final long serialVersionUID = 1L;

	static final String REASON = "must not contain control characters or unpaired surrogates";

	UnacceptableTextException(JsonParser parser) {
		super(parser, "Text " + REASON, String.class);
	}

}
