/**
 * Operations' view of the bots, as the Actuator endpoint {@code bots}: containment and prompt
 * acceptance per brand and bot, and why each callback in a chat was offered.
 */
package org.reachback.chatbot.admin;
