package org.reachback.session.sessions;

import java.util.UUID;

import org.reachback.events.dial.DialRequested.CallOrder;

/**
 * What a SIP user agent needs to place one attempt's call.
 *
 * @param agentPhone the agent's SIP URI
 * @param customerPhone the customer's number in E.164
 */
public record CallPlan(UUID sessionId, CallOrder order, String agentPhone, String customerPhone) {
}
