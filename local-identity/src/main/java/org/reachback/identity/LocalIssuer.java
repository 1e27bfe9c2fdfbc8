package org.reachback.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The local run's OpenID Connect issuer, running inside the caller's JVM: the launcher starts it
 * beside the embedded Kafka and PostgreSQL. LOCAL RUN ONLY: its users are demo users with well-known
 * passwords (see {@link DemoUsers}); the compose deployment and production use Keycloak.
 * <p>
 * It answers on the loopback interface only, and its {@code iss} is {@code http://localhost:<port>}.
 * Access tokens are RS256 JWTs for the audience {@code reachback}, with the user's name in
 * {@code preferred_username} and roles in {@code roles}, valid for an hour. Two public clients:
 * {@code reachback-pages} (authorization code with PKCE, for the browser pages) and
 * {@code reachback-cli} (the password grant, for a token in one {@code curl} line).
 * <p>
 * Only the properties set here apply: neither system properties, environment variables nor an
 * {@code application.properties} on the launcher's class path reach it, and it leaves the logging
 * backend alone.
 */
public final class LocalIssuer implements AutoCloseable {

	/**
	 * Tomcat logs through java.util.logging, which the launcher does not route to its backend: at
	 * INFO its start-up lines would clutter the launcher's console. Held here, as java.util.logging
	 * forgets the level of a logger nobody references.
	 */
	private static final List<Logger> TOMCAT_LOGGERS = Stream.of("org.apache.catalina", "org.apache.coyote",
			"org.apache.tomcat")
		.map(Logger::getLogger)
		.toList();

	private final URI issuer;

	private final ConfigurableApplicationContext context;

	private LocalIssuer(URI issuer, ConfigurableApplicationContext context) {
		this.issuer = issuer;
		this.context = context;
	}

	/**
	 * Starts the issuer on this port (0 = any free port), keeping its signing key in
	 * {@code keyDirectory} (created if missing), so that tokens survive a restart of the local run.
	 * {@code pageRedirectUris} are the redirect URIs of {@code reachback-pages}; their origins may
	 * call the token, key set and discovery endpoints from the browser.
	 */
	public static LocalIssuer start(int port, Path keyDirectory, List<String> pageRedirectUris) {
		if (pageRedirectUris.isEmpty()) {
			throw new IllegalArgumentException("reachback-pages needs at least one redirect URI");
		}
		int listenPort = (port == 0) ? freePort() : port;
		URI issuer = URI.create("http://localhost:" + listenPort);
		IssuerSettings settings = new IssuerSettings(issuer, SigningKey.loadOrCreate(keyDirectory),
				List.copyOf(pageRedirectUris));
		SpringApplicationBuilder builder = new SpringApplicationBuilder(IssuerConfiguration.class)
			.main(LocalIssuer.class)
			.environment(environment(listenPort))
			.initializers(register(settings));
		withoutLoggingSystem(builder.application());
		quietTomcat();
		return new LocalIssuer(issuer, builder.run());
	}

	/** {@code http://localhost:<port>}, exactly the {@code iss} of its tokens. */
	public URI issuer() {
		return this.issuer;
	}

	@Override
	public void close() {
		this.context.close();
	}

	private static StandardEnvironment environment(int port) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("localIssuer", Map.of(
					"spring.main.web-application-type", "servlet",
					"spring.main.banner-mode", "off",
					// its owner stops it with close(): the launcher does in its exit hook
					"spring.main.register-shutdown-hook", "false",
					// a name no file has: an application.properties of the launcher's is not ours
					"spring.config.name", "reachback-local-identity",
					"server.port", Integer.toString(port),
					// demo users with well-known passwords: not reachable from other machines
					"server.address", InetAddress.getLoopbackAddress().getHostAddress(),
					// cookies ignore ports: a JSESSIONID of a service on another localhost port
					// would replace the sign-in session
					"server.servlet.session.cookie.name", "REACHBACK_LOCAL_ISSUER")));
		return environment;
	}

	private static ApplicationContextInitializer<GenericApplicationContext> register(IssuerSettings settings) {
		return context -> context.registerBean(IssuerSettings.class, () -> settings);
	}

	/** Boot would reset java.util.logging for the whole JVM; the launcher's backend stays as it is. */
	private static void withoutLoggingSystem(SpringApplication application) {
		application.setListeners(application.getListeners()
			.stream()
			.filter(listener -> !(listener instanceof LoggingApplicationListener))
			.toList());
	}

	/** Warnings only, unless the caller has set Tomcat's levels itself. */
	private static void quietTomcat() {
		TOMCAT_LOGGERS.stream()
			.filter(logger -> logger.getLevel() == null)
			.forEach(logger -> logger.setLevel(Level.WARNING));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free local port for the issuer", ex);
		}
	}

}
