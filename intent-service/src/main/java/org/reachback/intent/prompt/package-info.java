/**
 * Callback prompts: the prompts bots show the customer, kept until answered, and the customer's one
 * answer, which becomes a callback request. The bot topic is read here as a whole, replies too: one
 * listener must read it, and this is the feature that may use both prompts and the transcript.
 */
package org.reachback.intent.prompt;
