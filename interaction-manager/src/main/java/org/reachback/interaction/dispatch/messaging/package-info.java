/**
 * The session topic's listener: a completed session ends its callback's assignment and frees the
 * agent; a voice call the agent's phone missed puts the callback back in the queue.
 */
package org.reachback.interaction.dispatch.messaging;
