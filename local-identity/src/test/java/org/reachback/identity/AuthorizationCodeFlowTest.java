package org.reachback.identity;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reachback.identity.IssuerClient.encode;
import static org.reachback.identity.IssuerClient.form;
import static org.reachback.identity.IssuerClient.json;

/** The authorization code flow with PKCE, step by step as a browser and a page take it. */
class AuthorizationCodeFlowTest {

	static final String PAGE = "http://localhost:8080/supervisor/signed-in";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	static Path keys;

	static LocalIssuer issuer;

	@BeforeAll
	static void start() {
		issuer = LocalIssuer.start(0, keys, List.of("http://localhost:8080/agent/signed-in", PAGE));
	}

	@AfterAll
	static void stop() {
		issuer.close();
	}

	@Test
	void signInOnTheLoginPageGivesThePageACodeForTheUsersToken() throws Exception {
		IssuerClient browser = new IssuerClient(issuer.issuer());
		String verifier = codeVerifier();

		HttpResponse<String> authorize = browser.get(authorizeRequest(PAGE, "s-42", challenge(verifier)));
		assertThat(authorize.statusCode()).isEqualTo(302);
		assertThat(location(authorize)).isEqualTo(issuer.issuer() + "/login");
		assertThat(authorize.headers().firstValue("Set-Cookie")).as("a session cookie no other localhost server uses")
			.hasValueSatisfying(cookie -> assertThat(cookie).startsWith("REACHBACK_LOCAL_ISSUER="));

		HttpResponse<String> login = browser.get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("<title>Reachback local sign-in</title>",
				"Demo users of the local run only: maria, li, sam (password demo), supervisor (demo), admin (admin)",
				"LOCAL RUN ONLY", "id=\"username\" name=\"username\"", "id=\"password\" name=\"password\"",
				"<label for=\"username\">", "<label for=\"password\">", "id=\"sign-in\"");

		HttpResponse<String> signedIn = browser.post("/login",
				form("username", "supervisor", "password", "demo", "_csrf", csrf(login.body())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		URI resumed = URI.create(location(signedIn));
		assertThat(resumed.getPath()).isEqualTo("/oauth2/authorize");

		HttpResponse<String> redirect = browser.get(resumed.getRawPath() + "?" + resumed.getRawQuery());
		assertThat(redirect.statusCode()).isEqualTo(302);
		URI back = URI.create(location(redirect));
		assertThat(back.getScheme() + "://" + back.getAuthority() + back.getPath()).isEqualTo(PAGE);
		assertThat(query(back)).containsEntry("state", "s-42").containsKey("code");

		HttpResponse<String> token = new IssuerClient(issuer.issuer()).post("/oauth2/token",
				form("grant_type", "authorization_code", "code", query(back).get("code"), "redirect_uri", PAGE,
						"client_id", "reachback-pages", "code_verifier", verifier));
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		Map<String, Object> tokens = json(token);
		assertThat(tokens).containsKey("id_token").doesNotContainKey("refresh_token");
		JWTClaimsSet claims = browser.verify((String) tokens.get("access_token"));
		assertThat(claims.getSubject()).isEqualTo("supervisor");
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("supervisor");
		assertThat(claims.getStringListClaim("roles")).containsExactly("SUPERVISOR");
		assertThat(claims.getAudience()).contains("reachback", "reachback-pages");
		assertThat(claims.getIssuer()).isEqualTo(issuer.issuer().toString());

		// signing out at the issuer (the pages' Sign out) ends its session and returns to the page
		HttpResponse<String> signedOut = browser.get("/connect/logout?id_token_hint=" + tokens.get("id_token")
				+ "&client_id=reachback-pages&post_logout_redirect_uri=" + IssuerClient.encode(PAGE));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(location(signedOut)).isEqualTo(PAGE);
		assertThat(location(browser.get(authorizeRequest(PAGE, "s-43", challenge(verifier)))))
			.isEqualTo(issuer.issuer() + "/login");
	}

	@Test
	void wrongPasswordReturnsToTheLoginPageWithAnAlert() {
		IssuerClient browser = new IssuerClient(issuer.issuer());
		browser.get(authorizeRequest(PAGE, "s-1", challenge(codeVerifier())));
		HttpResponse<String> login = browser.get("/login");

		HttpResponse<String> failed = browser.post("/login",
				form("username", "maria", "password", "wrong", "_csrf", csrf(login.body())));

		assertThat(failed.statusCode()).isEqualTo(302);
		assertThat(location(failed)).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("role=\"alert\"");
	}

	@Test
	void codeIsNotExchangedWithoutItsVerifier() throws Exception {
		IssuerClient browser = new IssuerClient(issuer.issuer());
		String code = signedInCode(browser, "maria", codeVerifier());

		HttpResponse<String> token = browser.post("/oauth2/token", form("grant_type", "authorization_code", "code",
				code, "redirect_uri", PAGE, "client_id", "reachback-pages", "code_verifier", codeVerifier()));

		assertThat(token.statusCode()).isEqualTo(400);
		assertThat(token.body()).doesNotContain("access_token");
	}

	@Test
	void redirectUriNotRegisteredIsRefusedWithoutRedirecting() {
		IssuerClient browser = new IssuerClient(issuer.issuer());

		HttpResponse<String> authorize = browser
			.get(authorizeRequest("http://localhost:8080/elsewhere", "s-2", challenge(codeVerifier())));

		assertThat(authorize.statusCode()).isEqualTo(400);
		assertThat(authorize.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void requestWithoutCodeChallengeIsRefused() {
		IssuerClient browser = new IssuerClient(issuer.issuer());

		HttpResponse<String> authorize = browser.get("/oauth2/authorize?response_type=code&client_id=reachback-pages"
				+ "&redirect_uri=" + encode(PAGE) + "&scope=openid&state=s-3");

		assertThat(authorize.statusCode()).isEqualTo(302);
		assertThat(location(authorize)).startsWith(PAGE + "?error=invalid_request");
	}

	private static String signedInCode(IssuerClient browser, String user, String verifier) {
		browser.get(authorizeRequest(PAGE, "s-4", challenge(verifier)));
		HttpResponse<String> login = browser.get("/login");
		URI resumed = URI.create(location(browser.post("/login",
				form("username", user, "password", "demo", "_csrf", csrf(login.body())))));
		URI back = URI.create(location(browser.get(resumed.getRawPath() + "?" + resumed.getRawQuery())));
		return query(back).get("code");
	}

	private static String authorizeRequest(String redirectUri, String state, String challenge) {
		return "/oauth2/authorize?response_type=code&client_id=reachback-pages&redirect_uri=" + encode(redirectUri)
				+ "&scope=" + encode("openid profile") + "&state=" + state + "&code_challenge=" + challenge
				+ "&code_challenge_method=S256";
	}

	private static String codeVerifier() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF field in %s", page).isTrue();
		return matcher.group(1);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
				"No Location in the answer " + response.statusCode() + " " + response.body()));
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			parameters.put(nameAndValue[0],
					URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
