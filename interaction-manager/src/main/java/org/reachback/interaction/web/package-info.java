/**
 * Service-wide HTTP configuration: every {@code /api} route needs an access token, without
 * sessions, and the OpenAPI description says so; what a caller may do is checked per route. The
 * pages' static files are open to GET.
 */
package org.reachback.interaction.web;
