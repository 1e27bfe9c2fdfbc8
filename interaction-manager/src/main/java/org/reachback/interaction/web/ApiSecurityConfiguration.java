package org.reachback.interaction.web;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API needs an access token from the identity provider; which agent may do what is decided per request by
 * {@link org.reachback.interaction.access.Callers}. The pages' static files (the agent console, the
 * admin dashboard, their WebJars and {@code /pages/config.json}) are open to GET, because a page
 * must load before its user can sign in: they carry no data, and every call a page makes for data
 * sends the user's credentials. OpenAPI documents and the error page stay open; anything else needs
 * sign-in, so that a route added later is not public by accident.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	private static final String[] PAGES = { "/console", "/console/**", "/admin", "/admin/**", "/webjars/**", "/pages/**" };

	private static final String[] DOCUMENTATION = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				// a streamed answer is written on async dispatches of a request already authorised
				.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, PAGES)
				.permitAll()
				.requestMatchers(DOCUMENTATION)
				.permitAll()
				.requestMatchers("/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
