package org.reachback.interaction.pages;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagesPropertiesTest {

	@Test
	void withoutConfigurationThePagesCallTheLocalRunsPorts() {
		PagesProperties.Services services = bind(Map.of()).services();

		assertThat(services.sessions()).isEqualTo(URI.create("http://localhost:8084"));
		assertThat(services.callbacks()).isEqualTo(URI.create("http://localhost:8082"));
		assertThat(services.bots()).isEqualTo(URI.create("http://localhost:8081"));
		assertThat(services.chats()).isEqualTo(URI.create("http://localhost:8080"));
	}

	@Test
	void withoutConfigurationThePagesSignInAtTheLocalRunsIssuer() {
		PagesProperties.Identity identity = bind(Map.of()).identity();

		assertThat(identity.issuer()).isEqualTo(URI.create("http://localhost:8085"));
		assertThat(identity.clientId()).isEqualTo("reachback-pages");
	}

	@Test
	void aDeploymentsIssuerKeepsItsPathWithoutTheTrailingSlash() {
		PagesProperties.Identity identity = bind(Map.of("reachback.pages.identity.issuer",
				"http://localhost:8180/realms/reachback/", "reachback.pages.identity.client-id", "pages"))
			.identity();

		assertThat(identity.issuer()).isEqualTo(URI.create("http://localhost:8180/realms/reachback"));
		assertThat(identity.clientId()).isEqualTo("pages");
	}

	@Test
	void aDeploymentNamesItsOwnAddressesAndATrailingSlashIsDropped() {
		PagesProperties.Services services = bind(Map.of("reachback.pages.services.sessions",
				"https://sessions.example.com/", "reachback.pages.services.chats", "https://chat.example.com/api-gw//"))
			.services();

		assertThat(services.sessions()).isEqualTo(URI.create("https://sessions.example.com"));
		assertThat(services.chats()).isEqualTo(URI.create("https://chat.example.com/api-gw"));
		assertThat(services.callbacks()).isEqualTo(URI.create("http://localhost:8082"));
	}

	@Test
	void anAddressABrowserCannotCallFailsTheStartNamingItsKey() {
		for (String wrong : new String[] { "localhost:8081", "ftp://bots.example.com", "/bots" }) {
			assertThatThrownBy(() -> bind(Map.of("reachback.pages.services.bots", wrong)))
				.isInstanceOf(BindException.class)
				.rootCause()
				.hasMessageContaining("reachback.pages.services.bots")
				.hasMessageContaining("is not an absolute http or https URL");
		}
	}

	@Test
	void anIssuerABrowserCannotReachOrABlankClientFailsTheStartNamingItsKey() {
		assertThatThrownBy(() -> bind(Map.of("reachback.pages.identity.issuer", "localhost:8085")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("reachback.pages.identity.issuer")
			.hasMessageContaining("is not an absolute http or https URL");
		assertThatThrownBy(() -> bind(Map.of("reachback.pages.identity.client-id", " ")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("reachback.pages.identity.client-id");
	}

	private static PagesProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("reachback.pages",
				PagesProperties.class);
	}

}
