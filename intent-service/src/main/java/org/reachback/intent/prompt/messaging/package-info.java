/**
 * The bot topic's listener: bot replies and callback prompts, on their way to the customer's chat,
 * and the callback changes a customer asked the bot for.
 */
package org.reachback.intent.prompt.messaging;
