/** The session topic's listener: agents joining, writing in and leaving customers' chats. */
package org.reachback.intent.chat.messaging;
