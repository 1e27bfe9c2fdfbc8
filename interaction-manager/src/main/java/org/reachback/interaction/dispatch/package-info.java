/**
 * The virtual queue of due callbacks and how agents get them: a fair (oldest first) dispatcher picks
 * an agent (preferred agent, else the queue's skill, longest idle first) and says why, holds a
 * callback back in place while inbound customers wait and callbacks have their share of the queue's
 * agents, reserves the agent atomically and offers the callback; the agent accepts or declines, an
 * unanswered offer times out, a finished session (or an attempt to be retried) frees the agent, and
 * a voice call the agent's phone missed sets them away and gives the callback to the next agent.
 */
package org.reachback.interaction.dispatch;
