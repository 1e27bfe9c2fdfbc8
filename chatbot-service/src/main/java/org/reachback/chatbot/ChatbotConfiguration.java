package org.reachback.chatbot;

import java.time.Clock;

import org.reachback.platform.security.SecurityConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The service's clock and web security. chatbot-service has no API of its own (it talks over Kafka
 * only), so beyond Actuator, which the platform secures, only the OpenAPI documents are open.
 */
@Configuration(proxyBeanMethods = false)
class ChatbotConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html", "/error")
				.permitAll()
				.anyRequest()
				.hasRole(SecurityConfiguration.ADMIN))
			.cors(Customizer.withDefaults())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
