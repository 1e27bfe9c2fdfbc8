package org.reachback.session.web;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import static org.reachback.platform.security.SecurityConfiguration.AGENT;
import static org.reachback.platform.security.SecurityConfiguration.SUPERVISOR;

/**
 * The session API is for signed-in agents and, read-only, supervisors and administrators. Which
 * sessions a caller may see is decided per session by the session API itself ({@code Viewer}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain sessionApiSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				// the live transcript stream is written on async dispatches of an already authorised request
				.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/agents/*/sessions", "/api/v1/sessions/**")
				.hasAnyRole(AGENT, SUPERVISOR)
				.requestMatchers(HttpMethod.POST, "/api/v1/sessions/*/messages", "/api/v1/sessions/*/complete")
				.hasRole(AGENT)
				.anyRequest()
				.authenticated())
			.cors(Customizer.withDefaults())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
