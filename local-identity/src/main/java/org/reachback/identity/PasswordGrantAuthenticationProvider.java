package org.reachback.identity;

import java.security.Principal;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Issues an access token for a password grant, following Spring Authorization Server's how-to for
 * an extension grant type: the user is authenticated as the sign-in form does, the token comes from
 * the same generator (so it carries the same claims) and the authorization is saved like any other.
 */
final class PasswordGrantAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider users;

	private final OAuth2AuthorizationService authorizations;

	private final OAuth2TokenGenerator<? extends OAuth2Token> tokens;

	PasswordGrantAuthenticationProvider(AuthenticationProvider users, OAuth2AuthorizationService authorizations,
			OAuth2TokenGenerator<? extends OAuth2Token> tokens) {
		this.users = users;
		this.authorizations = authorizations;
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		PasswordGrantAuthenticationToken grant = (PasswordGrantAuthenticationToken) authentication;
		if (!(grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken clientPrincipal)
				|| !clientPrincipal.isAuthenticated()) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
		}
		RegisteredClient client = clientPrincipal.getRegisteredClient();
		if (!client.getAuthorizationGrantTypes().contains(PasswordGrantAuthenticationToken.PASSWORD)) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
		}
		Set<String> scopes = grant.getScopes().isEmpty() ? client.getScopes() : grant.getScopes();
		if (!client.getScopes().containsAll(scopes)) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_SCOPE);
		}
		Authentication user = authenticateUser(grant);
		OAuth2TokenContext context = DefaultOAuth2TokenContext.builder()
			.registeredClient(client)
			.principal(user)
			.authorizationServerContext(AuthorizationServerContextHolder.getContext())
			.authorizedScopes(scopes)
			.tokenType(OAuth2TokenType.ACCESS_TOKEN)
			.authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
			.authorizationGrant(grant)
			.build();
		OAuth2Token generated = this.tokens.generate(context);
		if (generated == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR,
					"The token generator failed to generate the access token.", null));
		}
		OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), scopes);
		OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(client)
			.principalName(user.getName())
			.authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
			.authorizedScopes(scopes)
			.attribute(Principal.class.getName(), user);
		if (generated instanceof ClaimAccessor claims) {
			authorization.token(accessToken,
					metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims()));
		}
		else {
			authorization.accessToken(accessToken);
		}
		this.authorizations.save(authorization.build());
		return new OAuth2AccessTokenAuthenticationToken(client, clientPrincipal, accessToken);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return PasswordGrantAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** A wrong name or password is the grant's fault: {@code invalid_grant}, as RFC 6749 has it. */
	private Authentication authenticateUser(PasswordGrantAuthenticationToken grant) {
		try {
			return this.users.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(grant.getUsername(), grant.getPassword()));
		}
		catch (AuthenticationException ex) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "Bad user name or password", null), ex);
		}
	}

}
