package org.reachback.callback.lifecycle;

import java.util.UUID;

/**
 * Published inside this application (not to Kafka) after a transition was applied, so that
 * observers such as metrics need no calls in the domain code.
 */
public record CallbackStatusChanged(UUID callbackId, CallbackStatus from, CallbackStatus to) {
}
