package org.reachback.callback.timer;

import java.time.Instant;
import java.util.Optional;

import org.reachback.callback.lifecycle.Callback;
import org.reachback.platform.phone.CallingWindow;
import org.reachback.platform.phone.CallingWindowRules;

/**
 * The calling window, checked at the moment an attempt would start (when the timer makes a
 * callback due), whatever was checked at booking: rules, a retry's timing or the customer's time
 * zone may have changed since.
 */
final class StartWindow {

	private final CallingWindowRules windows;

	StartWindow(CallingWindowRules windows) {
		this.windows = windows;
	}

	Decision decide(Callback callback, Instant now) {
		if (callback.phone() == null) {
			return new Start();
		}
		CallingWindow window = windows.windowFor(callback.phone(), callback.customerTimeZone());
		if (window.allows(now)) {
			return new Start();
		}
		Optional<Instant> opening = window.nextOpening(now);
		if (opening.isEmpty()) {
			return new Never("the calling window (" + window + ") never opens: its zones share no calling hours");
		}
		return new Defer(opening.get(), "due at " + callback.dueAt() + ", but the calling window (" + window
				+ ") is closed: the attempt starts when it opens, at " + opening.get());
	}

	sealed interface Decision permits Start, Defer, Never {
	}

	/** The attempt may start now. */
	record Start() implements Decision {
	}

	/** Not now: at {@code at}, when the window opens. */
	record Defer(Instant at, String reason) implements Decision {
	}

	/** Not ever: the callee can never be called under the current rules. */
	record Never(String reason) implements Decision {
	}

}
