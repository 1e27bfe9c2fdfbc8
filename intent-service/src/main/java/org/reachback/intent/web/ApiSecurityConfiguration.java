package org.reachback.intent.web;

import java.util.List;

import org.reachback.intent.analysis.BrandOrigins;
import org.reachback.platform.security.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The chat API is for anonymous customers: opening a chat is open to all, and every other chat
 * route checks the chat's bearer token itself (see {@code access}), because a token belongs to one
 * chat and no user; callback links carry their own signature instead. The pages a customer uses
 * (the demo brand page, the chat widget, the page behind a callback link) are public files, and so
 * are the API docs. The administrators' API ({@code /api/admin/**}, erasures) needs an administrator's
 * access token from the identity provider; anything else needs a signed-in user.
 * <p>
 * Browsers may call {@code /api/v1/**} from the origins the brands list ({@code allowed-origins} in
 * the brand catalogue), read again for every request so that a catalogue reload applies at once.
 * A preflight cannot know which brand a request is for, so CORS allows the origins of all brands;
 * each chat route then refuses (403) a page whose origin its chat's brand does not list.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** The static files under {@code static/}: what a customer's browser loads before it has any token. */
	static final String[] PUBLIC_FILES = { "/", "/index.html", "/favicon.ico", "/demo/**", "/widget.js", "/widget/**",
			"/manage/**" };

	/** The administrators' routes, outside the chat API so that they read the identity provider's tokens. */
	private static final String ADMIN_API = "/api/admin/**";

	/** Where CORS applies; the security chain's firewall has refused paths that are not normalised. */
	private static final String API = "/api/v1/";

	private static final BearerTokenResolver DEFAULT_BEARER = new DefaultBearerTokenResolver();

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http,
			@Qualifier("corsConfigurationSource") CorsConfigurationSource cors) throws Exception {
		CorsFilter corsFilter = new CorsFilter(cors);
		corsFilter.setCorsProcessor(new ProblemCorsProcessor());
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(ADMIN_API)
				.hasRole(SecurityConfiguration.ADMIN)
				.requestMatchers(HttpMethod.GET, PUBLIC_FILES)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, PUBLIC_FILES)
				.permitAll()
				.requestMatchers("/api/v1/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilter(corsFilter)
			// the chat API's bearer tokens are the chats' own, checked by the chat routes: only other
			// paths read an identity provider's token
			.oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(request -> request
				.getRequestURI()
				.startsWith(API) ? null : DEFAULT_BEARER.resolve(request)).jwt(Customizer.withDefaults()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(BrandOrigins origins) {
		return request -> request.getRequestURI().startsWith(API) ? api(origins.all()) : null;
	}

	private static CorsConfiguration api(List<String> allowedOrigins) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(allowedOrigins);
		cors.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Last-Event-ID"));
		cors.setExposedHeaders(List.of("Location", "Retry-After", "WWW-Authenticate"));
		cors.setMaxAge(3600L);
		return cors;
	}

}
