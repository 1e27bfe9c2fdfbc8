package org.reachback.intent.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
 * chat and no user; callback links carry their own signature instead. API docs are open; anything else needs a signed-in user. Browsers may call the
 * API from the origins in {@code reachback.chat.allowed-origins}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
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
		cors.setExposedHeaders(List.of("Location"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/v1/**", cors);
		return source;
	}

}
