/**
 * What every Reachback service shares, as Spring Boot auto-configuration: messaging, security and
 * observability defaults. Services import {@code classpath:reachback-platform.yml} for the matching
 * configuration.
 */
package org.reachback.platform;
