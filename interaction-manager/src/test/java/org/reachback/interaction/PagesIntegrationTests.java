package org.reachback.interaction;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' files and their settings are open to anyone, because a page loads before its user
 * signs in; the data they show is not.
 */
@ServiceIntegrationTest
class PagesIntegrationTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void connect() {
		http = TestHttp.onPort(port);
	}

	@Test
	void theConsoleIsServedToAnyoneAtItsFolder() {
		TestHttp.Response page = http.get("/console/", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("<script type=\"module\" src=\"console.js\"></script>",
				"data-test=\"sign-in\"");

		TestHttp.Response folder = http.get("/console", null);
		assertThat(folder.status()).isEqualTo(302);
		assertThat(folder.header("Location")).endsWith("/console/");

		for (String script : List.of("console.js", "api.js", "dom.js", "event-stream.js", "session.js")) {
			TestHttp.Response file = http.get("/console/" + script, null);
			assertThat(file.status()).as(script).isEqualTo(200);
			assertThat(file.contentType()).as(script).contains("javascript");
		}
		assertThat(http.get("/console/console.css", null).contentType()).startsWith("text/css");
		assertThat(http.get("/console/favicon.svg", null).contentType()).startsWith("image/svg+xml");
		assertThat(http.get("/console/index.html", null).text()).isEqualTo(page.text());
	}

	@Test
	void theOtherPagesFoldersAreOpenTooAndAMissingFileIsNotFoundRatherThanASignIn() {
		assertThat(http.get("/admin", null).header("Location")).endsWith("/admin/");
		assertThat(http.get("/admin/no-such-file.js", null).status()).isEqualTo(404);
		assertThat(http.get("/console/no-such-file.js", null).status()).isEqualTo(404);
		assertThat(http.get("/webjars/no-such-library/1.0.0/no-such-file.js", null).status()).isEqualTo(404);
		assertThat(http.get("/pages/no-such-file.json", null).status()).isEqualTo(404);
	}

	@Test
	void thePagesSettingsNameTheOtherServicesWithoutSignIn() {
		TestHttp.Response config = http.get("/pages/config.json", null);

		JsonNode services = config.expect(200);
		assertThat(config.contentType()).startsWith("application/json");
		assertThat(config.header("Cache-Control")).contains("no-cache");
		assertThat(services.properties()).hasSize(5);
		assertThat(services.path("sessions").asString()).isEqualTo("http://localhost:8084");
		assertThat(services.path("callbacks").asString()).isEqualTo("http://localhost:8082");
		assertThat(services.path("bots").asString()).isEqualTo("http://localhost:8081");
		assertThat(services.path("chats").asString()).isEqualTo("http://localhost:8080");
		assertThat(services.path("identity").path("issuer").asString()).isEqualTo("http://localhost:8085");
		assertThat(services.path("identity").path("clientId").asString()).isEqualTo("reachback-pages");
		assertThat(http.get("/pages/oidc.js", null).contentType()).contains("javascript");
	}

	@Test
	void theDataStillNeedsSignInAndOnlyReadingThePagesIsOpen() {
		for (String path : List.of("/api/v1/agents/maria", "/api/v1/agents/maria/offers", "/api/v1/queues",
				"/api/v1/agents/maria/shifts")) {
			assertThat(http.get(path, null).status()).as(path).isEqualTo(401);
		}
		assertThat(http.get("/api/v1/agents/maria", TestHttp.demoUser("maria")).status()).isEqualTo(200);
		assertThat(http.post("/console/index.html", null, "{}").status()).isEqualTo(401);
		assertThat(http.post("/pages/config.json", null, "{}").status()).isEqualTo(401);
		assertThat(http.get("/not-a-page", null).status()).isEqualTo(401);
	}

	@Test
	void aPasswordIsNoWayInAndAMissingTokenIsABearerChallenge() {
		TestHttp.Response password = http.get("/api/v1/agents/maria", TestHttp.basic("maria", "demo"));
		TestHttp.Response none = http.get("/api/v1/agents/maria", null);

		assertThat(password.status()).isEqualTo(401);
		// a bearer challenge never makes a browser open a sign-in dialog of its own
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
	}

}
