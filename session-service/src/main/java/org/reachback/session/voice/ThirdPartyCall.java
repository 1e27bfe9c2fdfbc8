package org.reachback.session.voice;

import java.time.Duration;

import javax.sip.ResponseEvent;
import javax.sip.message.Response;

import org.reachback.events.AttemptOutcome;
import org.reachback.events.dial.DialRequested.CallOrder;
import org.reachback.session.sessions.CallPlan;
import org.reachback.session.sessions.CallProgress;
import org.reachback.session.voice.Leg.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt's call, set up by third-party call control as RFC 3725 section 4.1 ("Flow I") draws
 * it: INVITE the first phone without a session description; when it answers, INVITE the second
 * with the first's offer; when that answers, acknowledge it, and acknowledge the first with the
 * second's answer. The two phones then send media to each other, never through this service.
 * Agent first by default, so the customer only ever hears a phone that an agent is already on;
 * customer first as a queue's option.
 * <p>
 * Flow I leaves the first phone's answer unacknowledged while the second rings, and SIP gives up
 * on an unacknowledged answer after 32 s; ring timeouts are therefore capped at 30 s
 * ({@link SipSettings}). Not reaching the agent ends the attempt as {@code AgentCallMissed}; not
 * reaching the customer with the outcome {@link SipOutcomes} gives. Every handler runs under this
 * object's lock: responses, requests and timers arrive on the SIP stack's and the timer's threads.
 */
final class ThirdPartyCall {

	private static final Logger log = LoggerFactory.getLogger(ThirdPartyCall.class);

	private enum Phase {
		FIRST_RINGING, SECOND_RINGING, CONNECTED, ENDED
	}

	private final CallPlan plan;

	private final SipUserAgent sip;

	private final CallProgress progress;

	private final Runnable onEnded;

	private final Leg first;

	private final Leg second;

	private Phase phase = Phase.FIRST_RINGING;

	ThirdPartyCall(CallPlan plan, Leg agent, Leg customer, SipUserAgent sip, CallProgress progress, Runnable onEnded) {
		this.plan = plan;
		this.sip = sip;
		this.progress = progress;
		this.onEnded = onEnded;
		boolean customerFirst = plan.order() == CallOrder.CUSTOMER_FIRST;
		this.first = customerFirst ? customer : agent;
		this.second = customerFirst ? agent : customer;
	}

	synchronized void start() {
		dial(first, null);
	}

	/** A response to one of our INVITEs. */
	synchronized void onInviteResponse(Leg leg, ResponseEvent event) {
		Response response = event.getResponse();
		int status = response.getStatusCode();
		if (status < 200) {
			return;
		}
		if (status < 300) {
			answered(leg, event);
		}
		else if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED)
				&& leg.challenges++ == 0 && sip.answerChallenge(leg, event)) {
			log.debug("{} of session {}: answered the {} challenge", leg, plan.sessionId(), status);
		}
		else {
			refused(leg, status, response.getReasonPhrase());
		}
	}

	/** The INVITE got no answer at all, or could not be sent. */
	synchronized void onTransportFailure(Leg leg, String what) {
		if (phase == Phase.ENDED || leg.answered()) {
			return;
		}
		leg.stopRinging();
		notReached(leg, null, "the " + party(leg) + "'s phone could not be reached: " + what,
				AttemptOutcome.FAILED);
	}

	/** A BYE from one of the phones: the call ends for both. */
	synchronized void onBye(Leg leg) {
		leg.hungUp = true;
		Leg other = leg == first ? second : first;
		switch (phase) {
			case CONNECTED -> {
				end();
				hangUp(other);
				progress.hungUp(plan.sessionId());
			}
			case SECOND_RINGING -> {
				// the first phone gave up before the second answered
				cancel(other);
				notReached(leg, null, "the " + party(leg) + " hung up before the " + party(other) + " answered",
						AttemptOutcome.NO_ANSWER);
			}
			default -> {
			}
		}
	}

	/** The agent ended the session from the console: both phones are hung up. */
	synchronized void hangUp() {
		if (phase == Phase.ENDED) {
			return;
		}
		end();
		hangUp(first);
		hangUp(second);
		cancel(first);
		cancel(second);
	}

	private void dial(Leg leg, byte[] offer) {
		progress.ringing(plan.sessionId(), leg.party.ringing);
		Duration ring = leg.party == Party.AGENT ? sip.settings().agentRingTimeout()
				: sip.settings().customerRingTimeout();
		leg.ringTimer = sip.schedule(() -> rangOut(leg), ring);
		try {
			sip.invite(leg, offer);
		}
		catch (SipSendException ex) {
			leg.stopRinging();
			notReached(leg, null, "the INVITE to the " + party(leg) + " could not be sent: " + ex.getMessage(),
					AttemptOutcome.FAILED);
		}
	}

	private synchronized void rangOut(Leg leg) {
		if (phase == Phase.ENDED || leg.answered() || leg.ringTimer == null) {
			return;
		}
		leg.ringTimer = null;
		leg.rangOut = true;
		if (!sip.cancel(leg)) {
			// nothing provisional came back, so there is nothing to cancel: the phone never rang
			notReached(leg, null, "the " + party(leg) + "'s phone did not answer in time", AttemptOutcome.NO_ANSWER);
		}
	}

	private void answered(Leg leg, ResponseEvent event) {
		if (leg.answered()) {
			return; // a retransmitted 200: the stack acknowledges it again once we have
		}
		leg.stopRinging();
		leg.dialog = event.getDialog();
		leg.answeredSeq = SipUserAgent.seqOf(event.getResponse());
		leg.description = event.getResponse().getRawContent();
		if (phase == Phase.ENDED || leg.rangOut) {
			// answered as we cancelled it, or after the call ended: accept nothing, and hang up
			sip.ack(leg, sip.refusal(leg.description));
			hangUp(leg);
			if (phase != Phase.ENDED) {
				notReached(leg, null, "the " + party(leg) + "'s phone did not answer in time",
						AttemptOutcome.NO_ANSWER);
			}
			return;
		}
		if (leg == first) {
			phase = Phase.SECOND_RINGING;
			dial(second, leg.description);
			return;
		}
		phase = Phase.CONNECTED;
		sip.ack(second, null);
		sip.ack(first, second.description);
		log.info("Session {}: agent and customer connected", plan.sessionId());
		progress.connected(plan.sessionId());
	}

	private void refused(Leg leg, int status, String phrase) {
		leg.stopRinging();
		if (phase == Phase.ENDED) {
			return;
		}
		String reason = leg.rangOut ? "the " + party(leg) + "'s phone did not answer within the ring timeout"
				: "the " + party(leg) + "'s phone answered " + status + " " + phrase;
		AttemptOutcome outcome = leg.rangOut ? AttemptOutcome.NO_ANSWER : SipOutcomes.ofCustomer(status);
		notReached(leg, leg.rangOut ? null : status, reason, outcome);
	}

	/**
	 * {@code leg} will not take part: the call ends, the other phone (answered, waiting for our
	 * acknowledgement) is hung up, and the session records who was not reached.
	 */
	private void notReached(Leg leg, Integer status, String reason, AttemptOutcome customerOutcome) {
		if (phase == Phase.ENDED) {
			return;
		}
		end();
		Leg other = leg == first ? second : first;
		if (other.answered() && !other.hungUp) {
			sip.ack(other, sip.refusal(other.description));
			hangUp(other);
		}
		log.info("Session {}: {}", plan.sessionId(), reason);
		if (leg.party == Party.AGENT) {
			progress.agentMissed(plan.sessionId(), status, reason);
		}
		else {
			progress.customerNotReached(plan.sessionId(), customerOutcome, reason);
		}
	}

	private void hangUp(Leg leg) {
		if (leg.answered() && !leg.hungUp) {
			leg.hungUp = true;
			sip.bye(leg);
		}
	}

	private void cancel(Leg leg) {
		if (!leg.answered() && leg.invite != null) {
			leg.stopRinging();
			sip.cancel(leg);
		}
	}

	private void end() {
		if (phase != Phase.ENDED) {
			phase = Phase.ENDED;
			first.stopRinging();
			second.stopRinging();
			onEnded.run();
		}
	}

	private static String party(Leg leg) {
		return leg.party == Party.AGENT ? "agent" : "customer";
	}

}
