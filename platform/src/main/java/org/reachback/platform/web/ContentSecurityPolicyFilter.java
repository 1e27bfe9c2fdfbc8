package org.reachback.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends {@link PageSettings#contentSecurityPolicy()} with every response, so that no page of the
 * suite runs inline script or loads anything from elsewhere, and {@code X-Content-Type-Options:
 * nosniff}. Swagger UI, a third-party page with inline parts, is left to its own defaults.
 */
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	private final String policy;

	ContentSecurityPolicyFilter(PageSettings settings) {
		this.policy = settings.contentSecurityPolicy();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui")) {
			response.setHeader("Content-Security-Policy", policy);
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		chain.doFilter(request, response);
	}

}
