/**
 * The HTTP routes on which an agent (or an administrator for them) asks for a state change and an
 * administrator plans an agent's roster, and the problems for an agent nobody knows, whichever route
 * names them, and for a roster that cannot apply.
 */
package org.reachback.interaction.agent.web;
