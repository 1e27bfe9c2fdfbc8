/** The HTTP route any signed-in user reads the queue status rows on. */
package org.reachback.interaction.queue.web;
