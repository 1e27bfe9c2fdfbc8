/**
 * The HTTP route on which an agent (or an administrator for them) asks for a state change, and the
 * 404 problem for an agent nobody knows, whichever route names them.
 */
package org.reachback.interaction.agent.web;
