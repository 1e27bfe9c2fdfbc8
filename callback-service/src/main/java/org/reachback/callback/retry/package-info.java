/**
 * Retries by outcome: when an attempt ends without a conversation, the retry policy for its outcome
 * (interval, attempts) and the overall expiry decide whether the callback is scheduled again,
 * inside the callee's calling window, or ends failed or expired.
 */
package org.reachback.callback.retry;
