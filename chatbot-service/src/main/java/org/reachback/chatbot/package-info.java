/**
 * chatbot-service: the brands' bots, declared in configuration, answering customers over Kafka and
 * offering a callback whenever a message is outside what the bot can do.
 */
package org.reachback.chatbot;
