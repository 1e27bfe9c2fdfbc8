/** The session topic's listener: a completed session ends its callback's assignment and frees the agent. */
package org.reachback.interaction.dispatch.messaging;
