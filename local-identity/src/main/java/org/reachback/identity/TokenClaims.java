package org.reachback.identity;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims the services read, as Keycloak's mappers of the compose deployment put them: the user's
 * name in {@code preferred_username}, the roles without their {@code ROLE_} prefix in {@code roles},
 * and the suite's audience {@code reachback} beside the client's in an access token's {@code aud}.
 * ID tokens carry the name and roles too, for the pages to show who is signed in.
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String AUDIENCE = "reachback";

	private static final String ROLE_PREFIX = "ROLE_";

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		if (!accessToken && !OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
			return;
		}
		Authentication user = context.getPrincipal();
		context.getClaims().claim("preferred_username", user.getName()).claim("roles", roles(user));
		if (accessToken) {
			context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), AUDIENCE));
		}
	}

	/** Roles only: Spring Security also grants authorities such as the factor a user signed in with. */
	private static List<String> roles(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(ROLE_PREFIX))
			.map(authority -> authority.substring(ROLE_PREFIX.length()))
			.sorted()
			.toList();
	}

}
