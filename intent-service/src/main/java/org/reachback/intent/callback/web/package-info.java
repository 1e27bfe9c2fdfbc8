/**
 * The HTTP routes on which the customer reads, moves and cancels their callback: with their chat's
 * token, or with the callback's signed link, which needs none and which a browser opens as the page
 * to manage the callback.
 */
package org.reachback.intent.callback.web;
