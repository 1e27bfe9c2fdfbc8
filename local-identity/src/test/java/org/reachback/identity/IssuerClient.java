package org.reachback.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP client of an issuer, as a page or {@code curl} is one: it keeps cookies and follows no
 * redirect, so that a test sees each step.
 */
final class IssuerClient {

	private final URI issuer;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	IssuerClient(URI issuer) {
		this.issuer = issuer;
	}

	HttpResponse<String> get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(resolve(pathAndQuery)).header("Accept", "text/html").GET().build());
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The access token of a password grant by {@code reachback-cli}, which must succeed. */
	String passwordGrant(String username, String password) {
		HttpResponse<String> response = post("/oauth2/token", form("grant_type", "password", "client_id",
				"reachback-cli", "username", username, "password", password));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) json(response).get("access_token");
	}

	/** The token's claims, once its signature is checked against the key set this issuer serves. */
	JWTClaimsSet verify(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			JWKSet keys = JWKSet.parse(get("/oauth2/jwks").body());
			RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
			assertThat(key).as("the key %s in the served key set", jwt.getHeader().getKeyID()).isNotNull();
			assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
			return jwt.getJWTClaimsSet();
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	URI resolve(String pathAndQuery) {
		return URI.create(this.issuer + pathAndQuery);
	}

	static Map<String, Object> json(HttpResponse<String> response) {
		try {
			return JSONObjectUtils.parse(response.body());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Not JSON: " + response.body(), ex);
		}
	}

	static Map<String, String> form(String... namesAndValues) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
