package org.reachback.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Reads a server-sent event stream over real HTTP on a thread of its own, until closed. */
final class SseStream implements AutoCloseable {

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final List<String> comments = new CopyOnWriteArrayList<>();

	private final HttpResponse<InputStream> response;

	private SseStream(HttpResponse<InputStream> response) {
		this.response = response;
		Thread reader = new Thread(this::read, "sse-test-reader");
		reader.setDaemon(true);
		reader.start();
	}

	static SseStream open(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.send(request.setHeader("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
		return new SseStream(response);
	}

	int status() {
		return response.statusCode();
	}

	/** The response header's first value, or an empty string when there is none. */
	String header(String name) {
		return response.headers().firstValue(name).orElse("");
	}

	List<Event> events() {
		return List.copyOf(events);
	}

	List<String> comments() {
		return List.copyOf(comments);
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			String id = null;
			String name = null;
			StringBuilder data = new StringBuilder();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isEmpty()) {
					if (data.length() > 0 || name != null) {
						events.add(new Event(id, name, data.toString()));
					}
					id = null;
					name = null;
					data.setLength(0);
				}
				else if (line.startsWith(":")) {
					comments.add(line.substring(1));
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3);
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6);
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
			}
		}
		catch (IOException ex) {
			// closed by the test
		}
	}

	@Override
	public void close() throws IOException {
		response.body().close();
	}

	record Event(String id, String name, String data) {
	}

}
