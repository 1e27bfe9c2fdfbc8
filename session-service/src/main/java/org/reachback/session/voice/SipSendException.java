package org.reachback.session.voice;

/** A SIP request could not be sent at all (no route, a refused TCP connection, a malformed URI). */
class SipSendException extends Exception {

	private static final long serialVersionUID = 1L;

	SipSendException(String message, Throwable cause) {
		super(message, cause);
	}

}
