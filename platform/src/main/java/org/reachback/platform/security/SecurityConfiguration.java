package org.reachback.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security every service shares: users from configuration, and Actuator open for health and info
 * only; everything else in Actuator needs an administrator. Each service adds its own chain for
 * its API.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@EnableConfigurationProperties(SecurityUsers.class)
public class SecurityConfiguration {

	public static final String AGENT = "AGENT";

	public static final String ADMIN = "ADMIN";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The configured users. Wrapped so that Spring Security does not "upgrade" a {@code {noop}}
	 * password to BCrypt on first use, which would make every later HTTP Basic request pay for a
	 * BCrypt check; a deployment that wants hashed passwords configures them hashed.
	 */
	@Bean
	UserDetailsService userDetailsService(SecurityUsers users) {
		InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users.users()
			.stream()
			.map(user -> User.withUsername(user.name())
				.password(user.password())
				.roles(user.roles().toArray(String[]::new))
				.build())
			.toList());
		return manager::loadUserByUsername;
	}

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.anyRequest()
				.hasRole(ADMIN))
			.cors(Customizer.withDefaults())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
