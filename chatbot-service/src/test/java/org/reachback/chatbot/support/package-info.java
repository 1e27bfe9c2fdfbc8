/**
 * Test support: chat events as intent-service publishes them, a reader of the BOT topic, the bots'
 * counters, and rows for the contract fixture standing in for interaction-manager's views.
 */
package org.reachback.chatbot.support;
