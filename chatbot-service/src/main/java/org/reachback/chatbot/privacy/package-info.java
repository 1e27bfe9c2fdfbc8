/**
 * Erasure of customers' personal data: on intent-service's request, the bots forget the named
 * chats (the customer, what was said, waiting flows, prompts, decisions and questions) and the
 * prompts of the named callbacks, with their undelivered events, and confirm how many rows went.
 */
package org.reachback.chatbot.privacy;
