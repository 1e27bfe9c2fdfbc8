/** Who may call the API: any signed-in user reads queues; agents act only as themselves; admins may read everything. */
package org.reachback.interaction.access;
