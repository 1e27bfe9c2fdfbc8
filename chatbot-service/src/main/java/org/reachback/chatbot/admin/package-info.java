/**
 * Operations' view of the bots: containment and offer acceptance per brand and bot, and why each
 * callback in a chat was offered, as the Actuator endpoint {@code bots}.
 */
package org.reachback.chatbot.admin;
