package org.reachback.session.sessions;

import java.util.UUID;

/**
 * Announced in-process when the agent ended a voice session from the console, or when its
 * customer's data was erased: the SIP user agent hangs up both phones once that has committed.
 */
public record CallHangUpRequested(UUID sessionId) {
}
