package org.reachback.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Security every service shares. People are signed in by an OpenID Connect issuer (Keycloak in a
 * deployment, the launcher's embedded issuer in the local run): every service is a resource server
 * that accepts its access tokens, configured by Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties (issuer, keys, audience
 * {@code reachback}; the user name from {@code preferred_username}, roles from {@code roles}).
 * <p>
 * Roles: an {@link #AGENT} works their own callbacks; a {@link #SUPERVISOR} may act for any agent
 * and read the operational views; an {@link #ADMIN} may do all a supervisor may, and change the
 * running services (Actuator's other endpoints). Actuator is open for health and info only.
 */
@AutoConfiguration
public class SecurityConfiguration {

	public static final String AGENT = "AGENT";

	public static final String SUPERVISOR = "SUPERVISOR";

	public static final String ADMIN = "ADMIN";

	/**
	 * The Actuator endpoints a supervisor reads (the admin dashboard's and metrics); the others, such
	 * as intent-service's catalogue ({@code intents}) and every write, are for administrators.
	 */
	private static final String[] OPERATIONAL_VIEWS = { "queues", "callbacks", "bots", "chats", "sessions",
			"metrics", "prometheus" };

	/**
	 * Whether the caller may see and act for every agent: a supervisor or an administrator. For the
	 * checks a controller makes itself; the role hierarchy applies to the filter chain's rules only.
	 */
	public static boolean overseesAgents(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> authority.equals("ROLE_" + SUPERVISOR) || authority.equals("ROLE_" + ADMIN));
	}

	private static final String RESOURCE_METADATA = "/.well-known/oauth-protected-resource";

	/** Every service keeps the access tokens it verified for a while ({@link VerifiedTokens}). */
	@Bean
	static BeanPostProcessor verifiedTokens() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JwtDecoder decoder ? new VerifiedTokens(decoder) : bean;
			}

		};
	}

	/**
	 * Spring Security's own observations off: they timed every filter of the chain on every request
	 * ({@code spring.security.filterchains}, authentications, authorizations), a seventh of
	 * intent-service's request handling in the performance harness's profile, while
	 * {@code http.server.requests}, kept, times each request whole with its status.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** An administrator holds every right of a supervisor, so no rule needs to name both. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(ADMIN).implies(SUPERVISOR).build();
	}

	/**
	 * Actuator, and the protected resource metadata (RFC 9728) that every 401 points a client to in
	 * its {@code WWW-Authenticate}: served here, so that each service answers it whatever its own
	 * chain covers, naming the issuer where to get a token.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurity(HttpSecurity http,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) throws Exception {
		return http
			.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
					PathPatternRequestMatcher.withDefaults().matcher(RESOURCE_METADATA)))
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.requestMatchers(request -> HttpMethod.GET.matches(request.getMethod())
						&& EndpointRequest.to(OPERATIONAL_VIEWS).matches(request))
				.hasRole(SUPERVISOR)
				.anyRequest()
				.hasRole(ADMIN))
			.cors(Customizer.withDefaults())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
				.protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(resource -> {
					if (!issuer.isEmpty()) {
						resource.authorizationServer(issuer);
					}
				})))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
