package org.reachback.chatbot.bot;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every brand's bots, declared under {@code reachback.brands.<brand>.bots.<bot>} (see
 * {@code bots/acme.yml}); adding or changing a bot is a configuration change, never a code change.
 */
@Validated
@ConfigurationProperties("reachback")
public record BotCatalog(Map<String, @Valid Brand> brands) {

	public BotCatalog {
		brands = brands == null ? Map.of() : Map.copyOf(brands);
	}

	/** The bot named {@code bot} of {@code brand}, if configured. */
	public Optional<Bot> bot(String brand, String bot) {
		return Optional.ofNullable(brands.get(brand)).map(b -> b.bots().get(bot));
	}

	/** The queues the brand's bots hand over to: the brand's queues, as far as its bots know them. */
	public Set<String> queues(String brand) {
		return Optional.ofNullable(brands.get(brand))
			.map(b -> b.bots().values().stream().map(Bot::queue).collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}

	/** One brand's bots by name; the name is what intent-service's routing table puts in a chat. */
	public record Brand(Map<String, @Valid Bot> bots) {

		public Brand {
			bots = bots == null ? Map.of() : Map.copyOf(bots);
		}

	}

}
