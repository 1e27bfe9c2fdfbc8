/**
 * How a request hands its chat token to a controller: the {@code ChatToken} parameter, read from the
 * Authorization header (only) with the request's Origin, and the 401 for a request without one.
 */
package org.reachback.intent.access.web;
