package org.reachback.intent.access.web;

import org.reachback.intent.access.ChatToken;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controller methods the {@link ChatToken} of the request: from {@code Authorization: Bearer},
 * or from the {@code token} query parameter, which browsers' EventSource needs as it cannot set
 * headers. A request without either is refused with 401.
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
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return token(authorization.substring(BEARER.length()).trim());
		}
		return token(request.getParameter("token"));
	}

	private static ChatToken token(String value) {
		if (value == null || value.isBlank()) {
			throw new MissingChatTokenException();
		}
		return new ChatToken(value);
	}

}
