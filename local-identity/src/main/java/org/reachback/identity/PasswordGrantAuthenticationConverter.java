package org.reachback.identity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Reads a password grant ({@code grant_type=password}, {@code username}, {@code password}, optional
 * {@code scope}) from a token request whose client is already authenticated.
 */
final class PasswordGrantAuthenticationConverter implements AuthenticationConverter {

	/** RFC 6749's parameter names, which Spring Security 7 no longer defines. */
	private static final String USERNAME = "username";

	private static final String PASSWORD = "password";

	@Override
	public Authentication convert(HttpServletRequest request) {
		if (!PasswordGrantAuthenticationToken.PASSWORD.getValue()
			.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
			return null;
		}
		String scope = single(request, OAuth2ParameterNames.SCOPE, false);
		Set<String> scopes = (scope != null) ? Set.of(StringUtils.delimitedListToStringArray(scope, " ")) : Set.of();
		Authentication client = SecurityContextHolder.getContext().getAuthentication();
		return new PasswordGrantAuthenticationToken(client, single(request, USERNAME, true),
				single(request, PASSWORD, true), scopes);
	}

	private static String single(HttpServletRequest request, String name, boolean required) {
		String[] values = request.getParameterValues(name);
		if (values == null && !required) {
			return null;
		}
		if (values == null || values.length != 1 || !StringUtils.hasText(values[0])) {
			throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
					"OAuth 2.0 Parameter: " + name, null));
		}
		return values[0];
	}

}
