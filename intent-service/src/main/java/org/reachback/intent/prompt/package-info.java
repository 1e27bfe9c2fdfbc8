/**
 * Callback prompts: the prompts bots show the customer, kept until answered, the free slots the
 * customer may browse for them, and the customer's one answer, which becomes a callback request.
 * The bot topic is read here as a whole, replies and callback changes too: one listener must read
 * it, and this is the feature that may use prompts, the transcript and callbacks.
 */
package org.reachback.intent.prompt;
