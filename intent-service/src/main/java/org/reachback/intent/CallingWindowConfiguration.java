package org.reachback.intent;

import org.reachback.platform.phone.CallingWindowRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The calling window rules ({@code reachback.calling-window}, the same as callback-service's) by
 * which the slots a customer browses are those at which they may be called.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CallingWindowRules.class)
class CallingWindowConfiguration {

}
