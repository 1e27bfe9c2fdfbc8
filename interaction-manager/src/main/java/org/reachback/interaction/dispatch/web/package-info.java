/**
 * The agent console's HTTP API over offers: an agent sees themself with the offer waiting for them
 * and the callback they work on, reads their offers with the callback's context, and accepts or
 * declines one; refused answers are problem details.
 */
package org.reachback.interaction.dispatch.web;
