/** The agent topic's listener: reported state changes, from the agent API or a platform, to apply. */
package org.reachback.interaction.agent.messaging;
