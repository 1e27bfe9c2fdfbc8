/**
 * Service-wide HTTP configuration: the whole {@code /api} is for administrators only, over HTTP
 * Basic and without sessions.
 */
package org.reachback.callback.web;
