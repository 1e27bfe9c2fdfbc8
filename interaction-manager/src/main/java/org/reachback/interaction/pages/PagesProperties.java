package org.reachback.interaction.pages;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pages' browsers reach the other services, {@code reachback.pages.services.*}, and the
 * identity provider their users sign in with, {@code reachback.pages.identity.*}. Each service owns
 * its API, so a page calls it cross-origin at the address a person's browser can reach, which only
 * the deployment knows; the defaults are the local run's ports.
 */
@ConfigurationProperties("reachback.pages")
public record PagesProperties(@DefaultValue Services services, @DefaultValue Identity identity) {

	/**
	 * Base URLs, absolute {@code http} or {@code https}, given without a trailing slash (one given is
	 * dropped) so that a page appends {@code /api/...} as it is.
	 *
	 * @param sessions session-service: the agent's sessions, their live transcript and completion
	 * @param callbacks callback-service
	 * @param bots chatbot-service
	 * @param chats intent-service, the public chat API
	 */
	public record Services(@DefaultValue("http://localhost:8084") URI sessions,
			@DefaultValue("http://localhost:8082") URI callbacks, @DefaultValue("http://localhost:8081") URI bots,
			@DefaultValue("http://localhost:8080") URI chats) {

		public Services {
			sessions = baseUrl("services.sessions", sessions);
			callbacks = baseUrl("services.callbacks", callbacks);
			bots = baseUrl("services.bots", bots);
			chats = baseUrl("services.chats", chats);
		}

	}

	/**
	 * The OpenID Connect provider the pages send their users to, and the public client they are
	 * there: a page has no secret to keep, so it signs in with the authorization code flow and PKCE.
	 *
	 * @param issuer the provider's issuer identifier, without a trailing slash (one given is dropped,
	 * as OpenID Connect Discovery does before appending {@code /.well-known/openid-configuration});
	 * the local run's embedded provider by default
	 * @param clientId the pages' client at that provider
	 */
	public record Identity(@DefaultValue("http://localhost:8085") URI issuer,
			@DefaultValue("reachback-pages") String clientId) {

		public Identity {
			issuer = baseUrl("identity.issuer", issuer);
			if (clientId == null || clientId.isBlank()) {
				throw new IllegalArgumentException(
						"reachback.pages.identity.client-id must name the pages' client at the identity provider");
			}
		}

	}

	private static URI baseUrl(String key, URI url) {
		if (url == null || url.getHost() == null
				|| !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
			throw new IllegalArgumentException("reachback.pages." + key + ": '" + url
					+ "' is not an absolute http or https URL, for example http://localhost:8084");
		}
		String text = url.toString();
		return text.endsWith("/") ? URI.create(text.replaceAll("/+$", "")) : url;
	}

}
