/** The HTTP route on which the customer's widget answers a prompt. */
package org.reachback.intent.prompt.web;
