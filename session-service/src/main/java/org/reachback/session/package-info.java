/**
 * session-service: performs a callback with the agent who accepted it and reports how every
 * attempt went. Callback sessions: one per accepted offer, performed on the assignment's channel
 * (today the agent joins the customer's chat), with the live transcript and the agent's commands
 * to write and to complete.
 */
package org.reachback.session;
