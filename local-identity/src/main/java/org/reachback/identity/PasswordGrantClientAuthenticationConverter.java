package org.reachback.identity;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Reads the public client of a password grant, which names itself by {@code client_id} alone.
 * Spring Authorization Server authenticates a public client only by its PKCE code verifier, which a
 * password grant has none of.
 */
final class PasswordGrantClientAuthenticationConverter implements AuthenticationConverter {

	@Override
	public Authentication convert(HttpServletRequest request) {
		String grantType = request.getParameter(OAuth2ParameterNames.GRANT_TYPE);
		String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
		if (!PasswordGrantAuthenticationToken.PASSWORD.getValue().equals(grantType) || clientIds == null
				|| clientIds.length != 1 || !StringUtils.hasText(clientIds[0])
				|| request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return null;
		}
		return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null,
				Map.of(OAuth2ParameterNames.GRANT_TYPE, grantType));
	}

}
