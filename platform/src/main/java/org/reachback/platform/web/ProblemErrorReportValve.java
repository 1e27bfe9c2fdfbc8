package org.reachback.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error page, for what it refuses before Spring sees a request (a malformed URI, an
 * encoded NUL), as problem details instead of HTML, and without a server version or stack trace.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus resolved = HttpStatus.resolve(status);
		String title = resolved == null ? "Error" : resolved.getReasonPhrase();
		try {
			ProblemResponses.secure(request, response);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ProblemResponses.json(status, title,
						"The request was refused before it reached the service: " + title.toLowerCase(), null));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response was committed meanwhile: nothing left to tell it
		}
	}

}
