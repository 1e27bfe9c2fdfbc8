package org.reachback.callback.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.reachback.callback.lifecycle.CallbackStatus.AGENT_RESERVED;
import static org.reachback.callback.lifecycle.CallbackStatus.CANCELLED;
import static org.reachback.callback.lifecycle.CallbackStatus.COMPLETED;
import static org.reachback.callback.lifecycle.CallbackStatus.DUE;
import static org.reachback.callback.lifecycle.CallbackStatus.EXPIRED;
import static org.reachback.callback.lifecycle.CallbackStatus.FAILED;
import static org.reachback.callback.lifecycle.CallbackStatus.IN_PROGRESS;
import static org.reachback.callback.lifecycle.CallbackStatus.REJECTED;
import static org.reachback.callback.lifecycle.CallbackStatus.REQUESTED;
import static org.reachback.callback.lifecycle.CallbackStatus.SCHEDULED;

/**
 * The allowed transitions of a callback. Events reach this service from several topics, so they
 * may arrive late or out of order: a transition that is not allowed is a fact to record and
 * ignore, never an error.
 * <p>
 * A due callback may go straight to {@link CallbackStatus#IN_PROGRESS}: the session topic can be
 * read before the assignment topic that announced the reservation. A reserved callback goes back to
 * {@link CallbackStatus#DUE} when the offer is released.
 * <p>
 * A requested callback stays {@link CallbackStatus#REQUESTED} while its slot is being booked, and may
 * be cancelled meanwhile. {@code SCHEDULED → SCHEDULED} is a new due time: a confirmed move, or the
 * calling window deferring a start; a scheduled callback whose calling window can never open fails
 * instead. An attempt that ended without a conversation (due, reserved or
 * in progress) goes back to {@link CallbackStatus#SCHEDULED} for a retry, or ends
 * {@link CallbackStatus#FAILED} or, past the overall expiry, {@link CallbackStatus#EXPIRED}.
 */
public final class CallbackStateMachine {

	private static final Map<CallbackStatus, Set<CallbackStatus>> NEXT = new EnumMap<>(CallbackStatus.class);

	static {
		allow(REQUESTED, SCHEDULED, REJECTED, CANCELLED);
		allow(SCHEDULED, DUE, SCHEDULED, CANCELLED, FAILED);
		allow(DUE, AGENT_RESERVED, IN_PROGRESS, SCHEDULED, CANCELLED, EXPIRED, FAILED);
		allow(AGENT_RESERVED, DUE, IN_PROGRESS, SCHEDULED, CANCELLED, EXPIRED, FAILED);
		allow(IN_PROGRESS, COMPLETED, SCHEDULED, EXPIRED, FAILED);
		allow(COMPLETED);
		allow(CANCELLED);
		allow(REJECTED);
		allow(FAILED);
		allow(EXPIRED);
	}

	private CallbackStateMachine() {
	}

	private static void allow(CallbackStatus from, CallbackStatus... to) {
		Set<CallbackStatus> next = EnumSet.noneOf(CallbackStatus.class);
		Collections.addAll(next, to);
		NEXT.put(from, Collections.unmodifiableSet(next));
	}

	public static boolean allows(CallbackStatus from, CallbackStatus to) {
		return NEXT.get(from).contains(to);
	}

	/** The statuses that may follow {@code from}; empty for a terminal status. */
	public static Set<CallbackStatus> next(CallbackStatus from) {
		return NEXT.get(from);
	}

}
