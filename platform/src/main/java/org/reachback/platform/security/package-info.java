/** Sign-in by OpenID Connect access tokens, the roles, and the Actuator security every service shares. */
package org.reachback.platform.security;
