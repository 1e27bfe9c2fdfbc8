/**
 * Stateless signed tokens: a payload with its HMAC-SHA256, so that nothing is stored and every
 * instance with the same secret verifies what another issued. Callback links and stream tickets
 * are made this way.
 */
package org.reachback.intent.signing;
