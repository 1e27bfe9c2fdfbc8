package org.reachback.interaction.pages.web;

import java.net.URI;

import org.reachback.interaction.pages.PagesProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The other services' base URLs, for the pages that call their APIs from the browser, and the
 * identity provider their users sign in with: each service stays the owner of its API, and the
 * deployment, not the page, says where it is.
 */
@RestController
@Tag(name = "Pages", description = "What the agent console and the admin dashboard read before signing in")
class PagesConfigController {

	private final PagesProperties pages;

	PagesConfigController(PagesProperties pages) {
		this.pages = pages;
	}

	@GetMapping("/pages/config.json")
	@Operation(summary = "Base URLs of the services the pages call (sessions, callbacks, bots and chats) and the identity provider they sign in with",
			description = "No sign-in. From reachback.pages.services.* and reachback.pages.identity.*, without a trailing slash.")
	ResponseEntity<PagesConfig> config() {
		PagesProperties.Services services = pages.services();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(new PagesConfig(services.sessions(), services.callbacks(), services.bots(), services.chats(),
					pages.identity()));
	}

	/** The services at the top level, where the pages have always read them, and beside them the identity provider. */
	record PagesConfig(URI sessions, URI callbacks, URI bots, URI chats, PagesProperties.Identity identity) {
	}

}
