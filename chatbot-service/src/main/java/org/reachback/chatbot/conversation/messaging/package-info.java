/**
 * The Kafka side of conversations: chat events from intent-service and callback rejections and endings
 * from callback-service, each handed to one transactional service method.
 */
package org.reachback.chatbot.conversation.messaging;
