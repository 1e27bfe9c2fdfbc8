/**
 * Service-wide HTTP configuration: the API is for signed-in agents and, read-only, supervisors and administrators,
 * with an access token and without HTTP sessions.
 */
package org.reachback.session.web;
