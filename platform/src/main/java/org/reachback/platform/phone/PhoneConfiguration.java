package org.reachback.platform.phone;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The calling window rules ({@code reachback.calling-window}) every service that books, offers or
 * starts a callback checks, bound once here so that each reads the same keys the same way.
 */
@AutoConfiguration
@EnableConfigurationProperties(CallingWindowRules.class)
public class PhoneConfiguration {

}
