/**
 * How a request hands its chat token to a controller: the {@code ChatToken} parameter, read from the
 * Authorization header or the {@code token} query parameter, and the 401 for a request without one.
 */
package org.reachback.intent.access.web;
