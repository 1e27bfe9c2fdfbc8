package org.reachback.intent.access.web;

import org.reachback.intent.access.ChatToken;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controller methods the {@link ChatToken} of the request, from {@code Authorization: Bearer}
 * only (never the URL, where it would end up in logs and browser history), with the request's
 * {@code Origin}. A request without one is refused with 401.
 */
class ChatTokenArgumentResolver implements HandlerMethodArgumentResolver {

	private static final String BEARER = "Bearer ";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return ChatToken.class.equals(parameter.getParameterType());
	}

	@Override
	public ChatToken resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				|| authorization.substring(BEARER.length()).isBlank()) {
			throw new MissingChatTokenException();
		}
		return new ChatToken(authorization.substring(BEARER.length()).trim(), request.getHeader(HttpHeaders.ORIGIN));
	}

}
