/**
 * The virtual queue of due callbacks and how agents get them: a fair (oldest first) dispatcher picks
 * an agent (preferred agent, else the queue's skill, longest idle first), reserves them atomically and
 * offers the callback; the agent accepts or declines, an unanswered offer times out, and a finished
 * session frees the agent.
 */
package org.reachback.interaction.dispatch;
