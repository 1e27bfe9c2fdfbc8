/**
 * The HTTP routes on which the customer's widget browses free slots and answers a prompt, and on
 * which the page behind a callback's signed link finds the slots to move it to.
 */
package org.reachback.intent.prompt.web;
