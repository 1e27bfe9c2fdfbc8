/** The callback topic's listener: every lifecycle event of a callback, on its way to the customer's view. */
package org.reachback.intent.callback.messaging;
