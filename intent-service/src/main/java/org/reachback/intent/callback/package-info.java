/**
 * The customer's view of their callback: a projection of the callback topic (plus the request the
 * customer just made), status entries in the chat, and the customer's cancellation.
 */
package org.reachback.intent.callback;
