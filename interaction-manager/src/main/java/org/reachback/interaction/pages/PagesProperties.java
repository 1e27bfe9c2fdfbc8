package org.reachback.interaction.pages;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the pages' browsers reach the other services, {@code reachback.pages.services.*}. Each
 * service owns its API, so a page calls it cross-origin at the address a person's browser can
 * reach, which only the deployment knows; the defaults are the local run's ports.
 */
@ConfigurationProperties("reachback.pages")
public record PagesProperties(@DefaultValue Services services) {

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
			sessions = baseUrl("sessions", sessions);
			callbacks = baseUrl("callbacks", callbacks);
			bots = baseUrl("bots", bots);
			chats = baseUrl("chats", chats);
		}

		private static URI baseUrl(String service, URI url) {
			if (url == null || url.getHost() == null
					|| !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
				throw new IllegalArgumentException("reachback.pages.services." + service + ": '" + url
						+ "' is not an absolute http or https URL, for example http://localhost:8084");
			}
			String text = url.toString();
			return text.endsWith("/") ? URI.create(text.replaceAll("/+$", "")) : url;
		}

	}

}
