/** The Kafka side of conversations: chat events from intent-service, each handed to one transactional service method. */
package org.reachback.chatbot.conversation.messaging;
