package org.reachback.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run restarts its issuer on the data it had: tokens issued before still verify. */
class RestartTest {

	private static final List<String> PAGES = List.of("http://localhost:8080/agent/signed-in");

	@TempDir
	Path data;

	@Test
	void restartOnTheSameKeyDirectoryKeepsTheKey() throws Exception {
		Path keys = this.data.resolve("identity");
		String token;
		String firstKid;
		try (LocalIssuer first = LocalIssuer.start(0, keys, PAGES)) {
			IssuerClient client = new IssuerClient(first.issuer());
			token = client.passwordGrant("li", "demo");
			firstKid = onlyKid(client);
		}

		long started = System.nanoTime();
		try (LocalIssuer second = LocalIssuer.start(0, keys, PAGES)) {
			Duration startup = Duration.ofNanos(System.nanoTime() - started);
			IssuerClient client = new IssuerClient(second.issuer());

			assertThat(onlyKid(client)).isEqualTo(firstKid).isEqualTo(SignedJWT.parse(token).getHeader().getKeyID());
			assertThat(client.verify(token).getStringClaim("preferred_username")).isEqualTo("li");
			assertThat(startup).as("start-up").isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void keyFileIsTheOwnersOnly() throws Exception {
		Path keys = this.data.resolve("created/on/first/start");
		LocalIssuer.start(0, keys, PAGES).close();

		Path file = keys.resolve(SigningKey.FILE_NAME);
		assertThat(RSAKey.parse(Files.readString(file)).isPrivate()).isTrue();
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
	}

	private static String onlyKid(IssuerClient client) throws Exception {
		JWKSet keys = JWKSet.parse(client.get("/oauth2/jwks").body());
		assertThat(keys.getKeys()).hasSize(1);
		assertThat(keys.getKeys().get(0).isPrivate()).as("served with its private part").isFalse();
		return keys.getKeys().get(0).getKeyID();
	}

}
