/** The HTTP routes on which the customer reads and cancels their callback, with their chat's token. */
package org.reachback.intent.callback.web;
