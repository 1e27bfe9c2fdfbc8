/**
 * The customer's view of their callback: a projection of the callback topic (plus the request the
 * customer just made), status entries in the chat each time something changes, the customer's
 * cancelling and moving (with the chat token, a signed link, or by telling the bot in the chat),
 * and the rule of one open callback per phone number and brand with a daily limit of requests.
 */
package org.reachback.intent.callback;
