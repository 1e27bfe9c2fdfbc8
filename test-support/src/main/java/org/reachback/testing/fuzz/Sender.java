package org.reachback.testing.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a case's request with the JDK's client, over HTTP/1.1 with short timeouts, or over a plain
 * socket ({@link RawHttp}) when the JDK refuses the request as it is. An event stream's answer is
 * its status and headers: the stream is closed at once.
 */
final class Sender {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration EVENT_STREAM_TIMEOUT = Duration.ofSeconds(5);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final URI base;

	Sender(URI base) {
		this.base = base;
	}

	Answer send(FuzzRequest request, boolean eventStream) {
		HttpRequest built;
		try {
			built = build(request, eventStream);
		}
		catch (URISyntaxException | IllegalArgumentException refusedByTheJdk) {
			return RawHttp.send(base, request, eventStream);
		}
		try {
			if (eventStream) {
				HttpResponse<InputStream> response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
				response.body().close();
				return new Answer(response.statusCode(), contentType(response), "", null);
			}
			HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), contentType(response), new String(response.body(), StandardCharsets.UTF_8),
					null);
		}
		catch (HttpTimeoutException ex) {
			return Answer.none("no answer within " + (eventStream ? EVENT_STREAM_TIMEOUT : TIMEOUT).toSeconds() + " s");
		}
		catch (IOException ex) {
			return Answer.none(ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while fuzzing", ex);
		}
	}

	private HttpRequest build(FuzzRequest request, boolean eventStream) throws URISyntaxException {
		HttpRequest.Builder builder = HttpRequest.newBuilder(new URI(base + request.target()))
			.timeout(eventStream ? EVENT_STREAM_TIMEOUT : TIMEOUT)
			.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		request.headers().forEach(builder::header);
		return builder.build();
	}

	private static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

}
