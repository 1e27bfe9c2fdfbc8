package org.reachback.intent.access;

import java.time.Duration;

import org.reachback.intent.signing.SignedTokens;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a chat's credentials work, under {@code reachback.chat}.
 *
 * @param tokenIdleTimeout a chat token expires when it has not been used for this long
 * @param tokenLifetime a chat token expires this long after its chat started, however much it is used
 * @param streamTicketTtl how long a stream ticket opens its chat's event stream after it was issued
 * @param ticketSecret the HMAC-SHA256 key stream tickets are signed with, at least 32 characters;
 *     when unset, a random one is made at start, and tickets issued by another instance do not open
 */
@ConfigurationProperties("reachback.chat")
record AccessSettings(@DefaultValue("2h") Duration tokenIdleTimeout, @DefaultValue("24h") Duration tokenLifetime,
		@DefaultValue("60s") Duration streamTicketTtl, String ticketSecret) {

	AccessSettings {
		SignedTokens.checkSecret("reachback.chat.ticket-secret", ticketSecret);
		positive("reachback.chat.token-idle-timeout", tokenIdleTimeout);
		positive("reachback.chat.token-lifetime", tokenLifetime);
		positive("reachback.chat.stream-ticket-ttl", streamTicketTtl);
	}

	private static void positive(String property, Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(property + " must be positive");
		}
	}

}
