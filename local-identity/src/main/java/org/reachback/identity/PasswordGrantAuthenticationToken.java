package org.reachback.identity;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/**
 * A token request with the Resource Owner Password Credentials grant. OAuth 2.1 drops that grant
 * and Spring Authorization Server does not implement it; the issuer adds it as an extension grant
 * for {@code reachback-cli} only, so that one {@code curl} line gets a demo user's token, as Keycloak's
 * direct access grants do in the compose deployment.
 */
final class PasswordGrantAuthenticationToken extends OAuth2AuthorizationGrantAuthenticationToken {

	static final AuthorizationGrantType PASSWORD = new AuthorizationGrantType("password");

	private static final long serialVersionUID = 1L;

	private final String username;

	private final String password;

	private final Set<String> scopes;

	PasswordGrantAuthenticationToken(Authentication client, String username, String password, Set<String> scopes) {
		super(PASSWORD, client, Map.of());
		this.username = username;
		this.password = password;
		this.scopes = Set.copyOf(scopes);
	}

	String getUsername() {
		return this.username;
	}

	String getPassword() {
		return this.password;
	}

	/** The scopes asked for; empty when the request names none. */
	Set<String> getScopes() {
		return this.scopes;
	}

}
