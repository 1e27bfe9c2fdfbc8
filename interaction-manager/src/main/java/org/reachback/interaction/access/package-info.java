/**
 * Who is calling, for the checks an API route makes per request: an agent's user name is their agent
 * id, agents act only as themselves, supervisors and administrators for anyone.
 */
package org.reachback.interaction.access;
