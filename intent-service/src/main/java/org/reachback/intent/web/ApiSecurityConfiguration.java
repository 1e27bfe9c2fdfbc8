package org.reachback.intent.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The chat API is for anonymous customers: opening a chat is open to all, and every other chat
 * route checks the chat's bearer token itself (see {@code access}), because a token belongs to one
 * chat and no user; callback links carry their own signature instead. The pages a customer uses
 * (the demo brand page, the chat widget, the page behind a callback link) are public files, and so
 * are the API docs; anything else needs a signed-in user. Browsers may call the API from the origins
 * in {@code reachback.chat.allowed-origins}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** The static files under {@code static/}: what a customer's browser loads before it has any token. */
	static final String[] PUBLIC_FILES = { "/", "/index.html", "/favicon.ico", "/demo/**", "/widget.js", "/widget/**",
			"/manage/**" };

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_FILES)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, PUBLIC_FILES)
				.permitAll()
				.requestMatchers("/api/v1/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.cors(Customizer.withDefaults())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(
			@Value("${reachback.chat.allowed-origins:*}") List<String> allowedOrigins) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(allowedOrigins);
		cors.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Last-Event-ID"));
		cors.setExposedHeaders(List.of("Location", "Retry-After"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/v1/**", cors);
		return source;
	}

}
