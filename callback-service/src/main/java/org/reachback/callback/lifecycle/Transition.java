package org.reachback.callback.lifecycle;

import java.time.Instant;

/**
 * One entry of a callback's history: a status change, or one that was refused because the
 * lifecycle did not allow it (then {@code applied} is false and the status stayed {@code from}).
 *
 * @param from {@code null} for the first entry, when the request arrived
 * @param reason why, in words: the event or decision behind it
 */
public record Transition(CallbackStatus from, CallbackStatus to, Instant at, boolean applied, String reason) {
}
