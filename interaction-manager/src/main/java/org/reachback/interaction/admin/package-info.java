/** What administrators see in Actuator: queues, the callbacks waiting in them, open offers and agents. */
package org.reachback.interaction.admin;
