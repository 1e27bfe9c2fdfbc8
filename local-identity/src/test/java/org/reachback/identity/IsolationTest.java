package org.reachback.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The issuer shares the launcher's JVM: the launcher's settings do not reach it, nor it the launcher's logging. */
class IsolationTest {

	@TempDir
	Path keys;

	@Test
	void systemPropertiesAndApplicationPropertiesDoNotApply() {
		String before = System.setProperty("server.servlet.context-path", "/from-a-system-property");
		try (LocalIssuer issuer = LocalIssuer.start(0, this.keys, List.of("http://localhost:8080/signed-in"))) {
			assertThat(new IssuerClient(issuer.issuer()).get("/.well-known/openid-configuration").statusCode())
				.isEqualTo(200);
		}
		finally {
			if (before == null) {
				System.clearProperty("server.servlet.context-path");
			}
			else {
				System.setProperty("server.servlet.context-path", before);
			}
		}
	}

	@Test
	void javaUtilLoggingIsLeftAsItWasButForTomcatsInfoLines() {
		Logger root = Logger.getLogger("");
		Level level = root.getLevel();
		List<Handler> handlers = List.of(root.getHandlers());

		LocalIssuer.start(0, this.keys, List.of("http://localhost:8080/signed-in")).close();

		assertThat(root.getLevel()).isEqualTo(level);
		assertThat(root.getHandlers()).containsExactlyElementsOf(handlers);
		assertThat(Logger.getLogger("org.apache.catalina").getLevel()).isEqualTo(Level.WARNING);
	}

}
