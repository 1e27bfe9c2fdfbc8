package org.reachback.interaction.queue;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Which queues serve which brand. Every queue a brand lists must be configured: a brand naming an
 * unknown queue fails the start, rather than its callbacks failing one by one later. Another brand
 * can list other queues, with their own hours and agents' skills.
 */
@Component
public class Brands {

	private final BrandProperties brands;

	Brands(BrandProperties brands, QueueProperties queues) {
		brands.brands().forEach((brand, config) -> config.queues()
			.stream()
			.filter(queue -> !queues.names().contains(queue))
			.findFirst()
			.ifPresent(queue -> {
				throw new IllegalStateException("reachback.brands." + brand + ".queues lists '" + queue
						+ "', which is not a configured queue (reachback.queues: " + queues.names() + ")");
			}));
		this.brands = brands;
	}

	public Set<String> names() {
		return brands.brands().keySet();
	}

	/** The brand's queues; none for a brand nobody configured. */
	public List<String> queues(String brand) {
		BrandProperties.Brand config = brand == null ? null : brands.brands().get(brand);
		return config == null ? List.of() : config.queues();
	}

	public boolean serves(String brand, String queue) {
		return queues(brand).contains(queue);
	}

}
