/**
 * Agents and their skills: the configured roster, when each agent works (weekly shifts and dated
 * leave and overtime, {@code AgentShifts}), and agent state as the agent API or a contact-centre
 * platform reports it. {@code AgentStateChanged} and {@code AgentShiftsChanged} on the agent topic
 * are the one way an agent's state and roster change, whoever reported or planned them.
 */
package org.reachback.interaction.agent;
