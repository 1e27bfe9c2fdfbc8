package org.reachback.intent.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, refusing with problem details like every other error of the API rather than
 * a plain-text 403: a request from an origin no brand allows, or a preflight asking for a method or
 * header the API does not take.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	private static final byte[] PROBLEM = """
			{"type":"about:blank","title":"Origin not allowed","status":403,\
			"detail":"No brand allows pages of this origin to call the chat API, \
			or not with this method or these headers"}"""
		.getBytes(StandardCharsets.UTF_8);

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getBody().write(PROBLEM);
		response.flush();
	}

}
