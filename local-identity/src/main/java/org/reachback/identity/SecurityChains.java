package org.reachback.identity;

import java.net.URI;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two filter chains: the authorization server's endpoints (OpenID Connect on, the password grant
 * added), and the form login that its authorization endpoint sends a browser to.
 */
@Configuration(proxyBeanMethods = false)
class SecurityChains {

	/** The endpoints the pages call from their own origins; the authorization endpoint is navigated to. */
	private static final List<String> CROSS_ORIGIN_ENDPOINTS = List.of("/oauth2/token", "/oauth2/jwks",
			"/.well-known/openid-configuration");

	private final CorsConfigurationSource cors;

	SecurityChains(IssuerSettings settings) {
		this.cors = pagesOnly(settings.pageRedirectUris());
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients,
			OAuth2AuthorizationService authorizations, OAuth2TokenGenerator<? extends OAuth2Token> tokens,
			UserDetailsService users, PasswordEncoder passwords) {
		DaoAuthenticationProvider userAuthentication = new DaoAuthenticationProvider(users);
		userAuthentication.setPasswordEncoder(passwords);
		PasswordGrantAuthenticationProvider passwordGrant = new PasswordGrantAuthenticationProvider(userAuthentication,
				authorizations, tokens);
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		return http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer, server -> server.oidc(Customizer.withDefaults())
				.clientAuthentication(client -> client
					.authenticationConverter(new PasswordGrantClientAuthenticationConverter())
					.authenticationProvider(new PasswordGrantClientAuthenticationProvider(clients)))
				.tokenEndpoint(token -> token.accessTokenRequestConverter(new PasswordGrantAuthenticationConverter())
					.authenticationProvider(passwordGrant)))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.cors(cross -> cross.configurationSource(this.cors))
			.build();
	}

	/** Also answers the CORS preflights of the token endpoint, which the chain above matches for POST only. */
	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) {
		return http
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/error").permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.cors(cross -> cross.configurationSource(this.cors))
			.build();
	}

	/** The origins of the pages' redirect URIs, and no others. */
	private static CorsConfigurationSource pagesOnly(List<String> pageRedirectUris) {
		CorsConfiguration pages = new CorsConfiguration();
		pages.setAllowedOrigins(pageRedirectUris.stream().map(SecurityChains::origin).distinct().toList());
		pages.setAllowedMethods(List.of("GET", "POST"));
		pages.setAllowedHeaders(List.of("Content-Type"));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CROSS_ORIGIN_ENDPOINTS.forEach(path -> source.registerCorsConfiguration(path, pages));
		return source;
	}

	private static String origin(String uri) {
		URI parsed = URI.create(uri);
		String port = (parsed.getPort() != -1) ? ":" + parsed.getPort() : "";
		return parsed.getScheme() + "://" + parsed.getHost() + port;
	}

}
