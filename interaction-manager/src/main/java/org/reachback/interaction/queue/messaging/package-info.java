/** The queue topic's listener: calls and chats a contact-centre platform reports queued, answered or abandoned. */
package org.reachback.interaction.queue.messaging;
