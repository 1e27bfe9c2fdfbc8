/**
 * The local run's OpenID Connect issuer: Spring Authorization Server with the demo users, started
 * inside the launcher's JVM by {@link org.reachback.identity.LocalIssuer}. It stands in for Keycloak,
 * which the compose deployment and production use, and is never deployed.
 */
package org.reachback.identity;
