package org.reachback.interaction.dispatch;

/** An agent's answer to an offer cannot be taken, for {@link #reason()}. */
public class OfferRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	OfferRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		/** There is no such offer. */
		NOT_FOUND,
		/** The offer was made to another agent. */
		NOT_YOURS,
		/** The offer was already accepted, declined, withdrawn, or has expired. */
		NO_LONGER_OPEN
	}

}
