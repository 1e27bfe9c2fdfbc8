/**
 * Agents and their skills: the configured roster, and agent state as the agent API or a
 * contact-centre platform reports it. {@code AgentStateChanged} on the agent topic is the one way an
 * agent's state changes, whoever reported it.
 */
package org.reachback.interaction.agent;
