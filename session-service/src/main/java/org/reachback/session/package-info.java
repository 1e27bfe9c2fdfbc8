/**
 * session-service: performs a callback with the agent who accepted it and reports how every
 * attempt went.
 */
package org.reachback.session;
