/**
 * intent-service: the public chat API for widgets, chats and their transcripts, intent analysis and
 * the choice of bot, and the customer's view of their callback.
 */
package org.reachback.intent;
