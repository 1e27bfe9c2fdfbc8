/** Users and the Actuator security every service shares. */
package org.reachback.platform.security;
