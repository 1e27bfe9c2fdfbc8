/**
 * What the contact centre can offer right now, read from interaction-manager's shared read model
 * (the queue status and callback availability views): a queue's estimated wait and free slots.
 */
package org.reachback.chatbot.queue;
