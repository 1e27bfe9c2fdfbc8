/**
 * The HTTP routes on which the customer reads, moves and cancels their callback: with their chat's
 * token, or with the callback's signed link, which needs none.
 */
package org.reachback.intent.callback.web;
