package org.reachback.session.sessions;

import java.util.UUID;

/**
 * Announced in-process when a voice session for this service's SIP user agent was recorded; the
 * user agent places the call once the recording has committed.
 */
public record CallRequested(UUID sessionId) {
}
