package org.reachback.intent.callback;

import java.net.URI;
import java.time.Duration;

import org.reachback.intent.signing.SignedTokens;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The customer's signed links to their callback, under {@code reachback.links}.
 *
 * @param secret the HMAC-SHA256 key links are signed with, at least 32 characters; when unset, a
 * random one is made at start, and links stop working when the service restarts
 * @param validFor how long a link works after it was issued
 * @param baseUrl the public address of this API, which links start with
 */
@ConfigurationProperties("reachback.links")
public record LinkSettings(String secret, @DefaultValue("7d") Duration validFor,
		@DefaultValue("http://localhost:8080") URI baseUrl) {

	public LinkSettings {
		SignedTokens.checkSecret("reachback.links.secret", secret);
		if (validFor.isNegative() || validFor.isZero()) {
			throw new IllegalArgumentException("reachback.links.valid-for must be positive");
		}
	}

}
