package org.reachback.identity;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reachback.identity.IssuerClient.form;
import static org.reachback.identity.IssuerClient.json;

class LocalIssuerTest {

	static final String AGENT_PAGE = "http://localhost:8080/agent/signed-in";

	static final String ADMIN_PAGE = "http://localhost:8090/admin/signed-in";

	@TempDir
	static Path keys;

	static LocalIssuer issuer;

	static IssuerClient client;

	@BeforeAll
	static void start() {
		issuer = LocalIssuer.start(0, keys, List.of(AGENT_PAGE, ADMIN_PAGE));
		client = new IssuerClient(issuer.issuer());
	}

	@AfterAll
	static void stop() {
		issuer.close();
	}

	@Test
	void issuerIsLocalhostOnItsPort() {
		assertThat(issuer.issuer().toString()).matches("http://localhost:\\d+");
		assertThat(issuer.issuer().getPort()).isPositive();
	}

	@Test
	void passwordGrantGivesAnAgentTokenSignedWithTheServedKey() throws Exception {
		String token = client.passwordGrant("maria", "demo");

		assertThat(SignedJWT.parse(token).getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		JWTClaimsSet claims = client.verify(token);
		assertThat(claims.getIssuer()).isEqualTo(issuer.issuer().toString());
		assertThat(claims.getSubject()).isEqualTo("maria");
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("maria");
		assertThat(claims.getStringListClaim("roles")).containsExactly("AGENT");
		assertThat(claims.getAudience()).contains("reachback");
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void passwordGrantGivesEachUserTheirRole() throws Exception {
		assertThat(client.verify(client.passwordGrant("admin", "admin")).getStringListClaim("roles"))
			.containsExactly("ADMIN");
		assertThat(client.verify(client.passwordGrant("supervisor", "demo")).getStringListClaim("roles"))
			.containsExactly("SUPERVISOR");
	}

	@Test
	void wrongPasswordIsAnInvalidGrant() {
		HttpResponse<String> response = client.post("/oauth2/token",
				form("grant_type", "password", "client_id", "reachback-cli", "username", "maria", "password", "admin"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_grant").doesNotContainKey("access_token");
	}

	@Test
	void passwordGrantIsForTheCliClientOnly() {
		HttpResponse<String> response = client.post("/oauth2/token", form("grant_type", "password", "client_id",
				"reachback-pages", "username", "maria", "password", "demo"));

		assertThat(response.statusCode()).isNotEqualTo(200);
		assertThat(json(response)).containsEntry("error", "unauthorized_client").doesNotContainKey("access_token");
	}

	@Test
	void passwordGrantOfAnUnknownClientIsRefused() {
		HttpResponse<String> response = client.post("/oauth2/token",
				form("grant_type", "password", "client_id", "someone", "username", "maria", "password", "demo"));

		assertThat(response.statusCode()).isIn(400, 401);
		assertThat(response.body()).doesNotContain("access_token");
	}

	@Test
	void discoveryDocumentNamesTheIssuerAndItsKeys() {
		HttpResponse<String> response = client.get("/.well-known/openid-configuration");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response)).containsEntry("issuer", issuer.issuer().toString())
			.containsEntry("jwks_uri", issuer.issuer() + "/oauth2/jwks")
			.containsEntry("token_endpoint", issuer.issuer() + "/oauth2/token");
	}

	@Test
	void preflightFromAPageOriginIsAllowed() {
		HttpResponse<String> response = client.send(preflight("http://localhost:8090"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8090");
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
	}

	@Test
	void preflightFromAnotherOriginIsNotAllowed() {
		HttpResponse<String> response = client.send(preflight("http://localhost:9999"));

		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void keySetAnswersAPageOriginOnly() {
		HttpResponse<String> allowed = client.send(jwks("http://localhost:8080"));
		HttpResponse<String> other = client.send(jwks("https://example.org"));

		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private static HttpRequest preflight(String origin) {
		return HttpRequest.newBuilder(client.resolve("/oauth2/token"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build();
	}

	private static HttpRequest jwks(String origin) {
		return HttpRequest.newBuilder(client.resolve("/oauth2/jwks")).header("Origin", origin).GET().build();
	}

}
