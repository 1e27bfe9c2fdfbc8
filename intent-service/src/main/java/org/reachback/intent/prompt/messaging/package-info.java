/** The bot topic's listener: bot replies and callback prompts, on their way to the customer's chat. */
package org.reachback.intent.prompt.messaging;
