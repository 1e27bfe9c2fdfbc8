/**
 * Callback sessions, one per accepted offer, performed on the assignment's channel (today the agent
 * joins the customer's chat), with their live transcript and the agent's commands to write and to
 * complete, which {@code web} offers to the agent console and {@code messaging} feeds from Kafka.
 */
package org.reachback.session.sessions;
