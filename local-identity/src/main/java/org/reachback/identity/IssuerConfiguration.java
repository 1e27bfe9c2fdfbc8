package org.reachback.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * The issuer's application context. Spring Boot's auto-configuration is imported class by class
 * rather than enabled: it runs inside the launcher, whose class path holds Kafka, PostgreSQL and
 * whatever else the launcher needs, none of which is the issuer's business.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
@Import({ SecurityChains.class, LoginPage.class })
class IssuerConfiguration {

	private final IssuerSettings settings;

	IssuerConfiguration(IssuerSettings settings) {
		this.settings = settings;
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().issuer(this.settings.issuer().toString()).build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository() {
		return Clients.repository(this.settings.pageRedirectUris());
	}

	@Bean
	UserDetailsService userDetailsService() {
		return DemoUsers.service();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource() {
		return new ImmutableJWKSet<>(new JWKSet(this.settings.signingKey()));
	}

	/** For the OpenID Connect user info endpoint, which accepts the issuer's own access tokens. */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
	}

	/** Self-contained access and ID tokens only: public clients get no refresh tokens. */
	@Bean
	OAuth2TokenGenerator<Jwt> tokenGenerator(JWKSource<SecurityContext> jwkSource) {
		JwtGenerator generator = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
		generator.setJwtCustomizer(new TokenClaims());
		return generator;
	}

	@Bean
	OAuth2AuthorizationService authorizationService() {
		return new InMemoryOAuth2AuthorizationService();
	}

}
