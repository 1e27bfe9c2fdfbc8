/**
 * How every service meets HTTP clients: input read strictly and refused with 4xx problem details
 * (RFC 9457) before it can fail deeper, bodies bounded, every error a problem, including the ones
 * Tomcat and Spring Security raise before a controller runs, and documented as such in OpenAPI.
 */
package org.reachback.platform.web;
