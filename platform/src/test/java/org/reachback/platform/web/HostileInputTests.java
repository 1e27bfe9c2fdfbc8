package org.reachback.platform.web;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachback.testing.ServiceIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input an attacker or a careless client sends is refused with a 4xx problem naming what is wrong,
 * never a 500, never HTML, never a stack trace in the log, never the input repeated back in full.
 */
@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aNulCharacterInTextIsRefusedNamingTheField() throws Exception {
		HttpResponse<String> response = post("/test/commands", "{\"text\":\"hi\\u0000there\",\"state\":\"AWAY\"}");

		assertProblem(response, 400).contains("text must not contain control characters");
	}

	@Test
	void aLoneSurrogateIsRefused() throws Exception {
		HttpResponse<String> response = post("/test/commands", "{\"text\":\"\\ud800\",\"state\":\"AWAY\"}");

		assertProblem(response, 400).contains("unpaired surrogates");
	}

	@Test
	void tabsAndNewlinesAndEmojiAreText() throws Exception {
		HttpResponse<String> response = post("/test/commands",
				"{\"text\":\"line one\\n\\tline two \uD83D\uDE00\",\"state\":\"AWAY\"}");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void aNumberIsNotSilentlyTurnedIntoText() throws Exception {
		assertProblem(post("/test/commands", "{\"text\":42,\"state\":\"AWAY\"}"), 400).contains("text must be text");
		assertProblem(post("/test/counts", "{\"n\":\"42\"}"), 400).contains("n must be a whole number");
		assertProblem(post("/test/counts", "{\"n\":4.5}"), 400).contains("n must be a whole number");
		assertProblem(post("/test/commands", "{\"text\":\"hi\",\"state\":1}"), 400).contains("state must be one of");
	}

	@Test
	void aHugeNumberIsOutOfRangeNotAServerError() throws Exception {
		assertProblem(post("/test/counts", "{\"n\":99999999999999999999999}"), 400).contains("out of range");
		assertProblem(post("/test/counts", "{\"n\":1e400}"), 400);
	}

	@Test
	void anUnknownFieldOrOneGivenTwiceIsRefused() throws Exception {
		assertProblem(post("/test/counts", "{\"n\":1,\"admin\":true}"), 400).contains("admin is not a field");
		assertProblem(post("/test/counts", "{\"n\":1,\"n\":2}"), 400);
	}

	@Test
	void aWrongElementOfAnArrayIsNamedByItsIndex() throws Exception {
		assertProblem(post("/test/counts", "{\"n\":1,\"tags\":[\"a\",7]}"), 400).contains("tags[1] must be text");
	}

	@Test
	void aMalformedQueryStringIsABadRequestWithoutAStackTrace(CapturedOutput output) throws Exception {
		assertProblem(get("/test/commands?=x"), 400).contains("malformed");
		assertThat(raw("/actuator/health?a=%zz")).startsWith("HTTP/1.1 400")
			.contains("Content-Type: application/problem+json")
			.contains("malformed");
		assertProblem(get("/actuator/health?a=%00"), 400).contains("control characters");

		assertThat(output.getAll()).doesNotContain("InvalidParameterException").doesNotContain("\tat org.apache");
	}

	@Test
	void whatTomcatOrTheFirewallRefusesIsAProblemToo() throws Exception {
		assertProblem(get("/test/%00commands"), 400);
		assertProblem(get("/test/commands;jsessionid=1/../x"), 400);
		assertProblem(get("/test/a%2Fb"), 400);
		assertThat(raw("/test/%")).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
		assertThat(raw("/test/a b")).startsWith("HTTP/1.1 400").doesNotContain("<html");
	}

	@Test
	void aWildcardOrMalformedContentTypeIsUnsupported() throws Exception {
		for (String type : new String[] { "*/*", "application", "application/json; charset=nonsense" }) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/counts"))
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertProblem(response, 415).contains("Content-Type");
		}
	}

	@Test
	void anInstantBeyondTheYear9999IsOutOfRange() throws Exception {
		assertProblem(post("/test/moments", "{\"at\":\"+1000000000-12-31T23:59:59.999999999Z\"}"), 400)
			.contains("at must be an ISO-8601 date-time");
		assertThat(post("/test/moments", "{\"at\":\"2030-01-01T09:00:00Z\"}").statusCode()).isEqualTo(200);
	}

	@Test
	void anErrorAnsweredWithoutABodyStillGetsAProblem() throws Exception {
		assertProblem(get("/test/blank"), 404);
	}

	@Test
	void theErrorPathIsNotAResource() throws Exception {
		assertProblem(get("/error"), 404);
	}

	@Test
	void aBodyOverTheLimitIsTooLargeWhetherItsLengthIsDeclaredOrNot() throws Exception {
		String big = "{\"text\":\"" + "x".repeat(17 * 1024) + "\",\"state\":\"AWAY\"}";

		HttpResponse<String> declared = post("/test/commands", big);
		assertProblem(declared, 413).contains("16 KB");
		assertThat(declared.headers().firstValue("Cache-Control")).hasValueSatisfying(
				cache -> assertThat(cache).contains("no-store"));
		assertThat(declared.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		HttpResponse<String> chunked = client.send(request("/test/commands")
			.POST(HttpRequest.BodyPublishers.ofInputStream(
					() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertProblem(chunked, 413).contains("16 KB");
	}

	@Test
	void aProblemNeverRepeatsALongInputInFull() throws Exception {
		String longName = "q".repeat(2000);
		HttpResponse<String> response = get("/test/commands?" + longName + "=%01");

		assertProblem(response, 400);
		assertThat(response.body().length()).isLessThan(700);
	}

	private AbstractStringAssert<?> assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		// also when a filter or Tomcat refused the request before Spring Security's headers were written
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		return assertThat(response.body()).contains("\"status\":" + status).doesNotContain("tools.jackson", "<html");
	}

	/** A request target the JDK's client would refuse to send, written on the socket as it is. */
	private String raw(String target) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<String> get(String pathAndQuery) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return client.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json");
	}

}
