package org.reachback.interaction.agent;

import jakarta.validation.ValidationException;

/**
 * A roster that cannot be applied: a 400 problem on the API, a dead letter (never retried) when a
 * WFM system sends it, a failed start when it is configured.
 */
public class InvalidShiftsException extends ValidationException {

	private static final long serialVersionUID = 1L;

	public InvalidShiftsException(String message) {
		super(message);
	}

}
