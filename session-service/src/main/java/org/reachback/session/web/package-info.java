/**
 * Service-wide HTTP configuration: the API is for signed-in agents and, read-only, administrators,
 * over HTTP Basic and without HTTP sessions.
 */
package org.reachback.session.web;
