package org.reachback.chatbot.queue;

/**
 * An agent with callback time in one of the brand's queues, as interaction-manager's agent
 * availability view names them.
 *
 * @param id the id interaction-manager routes by, which a callback names as its preferred agent
 * @param name how customers know the agent ("Maria")
 */
public record Agent(String id, String name) {
}
