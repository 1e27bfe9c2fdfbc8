/**
 * intent-service: the public chat API for widgets, chats and their transcripts, intent analysis and
 * the choice of bot, the callback prompts bots show and the customer's answers, and the customer's
 * view of their callback.
 */
package org.reachback.intent;
