package org.reachback.callback;

import org.reachback.platform.phone.CallingWindowRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The calling window rules ({@code reachback.calling-window}) that booking, retries and the timer
 * check before any attempt may start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CallingWindowRules.class)
class CallingWindowConfiguration {

}
