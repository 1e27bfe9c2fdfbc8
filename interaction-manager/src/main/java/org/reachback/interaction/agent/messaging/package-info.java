/**
 * The agent topic's listener: reported state changes (agent API, platforms) and planned rosters
 * (admin API, WFM systems) to apply.
 */
package org.reachback.interaction.agent.messaging;
