/**
 * Callback availability as interaction-manager publishes it in its shared, read-only views: the
 * free slots of a queue, or of one agent in it. A missing view means "no slots known", never an
 * error.
 */
package org.reachback.intent.availability;
