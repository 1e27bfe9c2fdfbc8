/** The callback topic's listener: the lifecycle events this service acts on; the rest are ignored. */
package org.reachback.interaction.callback.messaging;
