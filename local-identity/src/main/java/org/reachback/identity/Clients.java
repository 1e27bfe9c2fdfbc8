package org.reachback.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The issuer's two clients, both public (no secret: a browser page and a command line cannot keep
 * one), as Keycloak's realm of the compose deployment has them.
 */
final class Clients {

	static final String PAGES = "reachback-pages";

	static final String CLI = "reachback-cli";

	private static final TokenSettings ONE_HOUR = TokenSettings.builder()
		.accessTokenTimeToLive(Duration.ofHours(1))
		.build();

	private Clients() {
	}

	/**
	 * {@code reachback-pages} may redirect to exactly {@code pageRedirectUris}, after sign-in and
	 * after sign-out (OpenID Connect RP-initiated logout) alike.
	 */
	static RegisteredClientRepository repository(List<String> pageRedirectUris) {
		RegisteredClient pages = RegisteredClient.withId(PAGES)
			.clientId(PAGES)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris(uris -> uris.addAll(pageRedirectUris))
			.postLogoutRedirectUris(uris -> uris.addAll(pageRedirectUris))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			// the suite's own pages: nothing for the user to consent to
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(ONE_HOUR)
			.build();
		RegisteredClient cli = RegisteredClient.withId(CLI)
			.clientId(CLI)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.tokenSettings(ONE_HOUR)
			.build();
		return new InMemoryRegisteredClientRepository(pages, cli);
	}

}
