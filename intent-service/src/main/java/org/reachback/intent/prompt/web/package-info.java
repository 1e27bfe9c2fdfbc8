/** The HTTP routes on which the customer's widget browses free slots and answers a prompt. */
package org.reachback.intent.prompt.web;
