package org.reachback.session.voice;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;

import org.reachback.session.sessions.Call.CallState;

/**
 * One of the two SIP dialogs of a third-party call: the INVITE to the agent's phone or to the
 * customer's number. Mutable, and only touched under its {@link ThirdPartyCall}'s lock.
 */
final class Leg {

	enum Party {

		AGENT(CallState.RINGING_AGENT), CUSTOMER(CallState.RINGING_CUSTOMER);

		final CallState ringing;

		Party(CallState ringing) {
			this.ringing = ringing;
		}

	}

	final Party party;

	final String uri;

	/** Derived from the attempt's id, so the attempt names its calls on the wire. */
	final String callId;

	ClientTransaction invite;

	Dialog dialog;

	/** The session description in the answer to our INVITE; the offer of the first leg. */
	byte[] description;

	/** CSeq of the INVITE that was answered, which its ACK repeats. */
	long answeredSeq;

	ScheduledFuture<?> ringTimer;

	/** The ring timeout fired and the INVITE was cancelled. */
	boolean rangOut;

	int challenges;

	boolean hungUp;

	Leg(Party party, String uri, UUID sessionId, String host) {
		this.party = party;
		this.uri = uri;
		this.callId = sessionId + "-" + party.name().toLowerCase(Locale.ROOT) + "@" + host;
	}

	boolean answered() {
		return dialog != null;
	}

	void stopRinging() {
		if (ringTimer != null) {
			ringTimer.cancel(false);
			ringTimer = null;
		}
	}

	@Override
	public String toString() {
		return party + " leg " + callId;
	}

}
