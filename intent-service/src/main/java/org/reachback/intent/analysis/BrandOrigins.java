package org.reachback.intent.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The browser origins the brands of the served catalogue allow (their {@code allowed-origins}),
 * read from the catalogue at each call, so that a reload applies to the next request.
 */
@Component
public class BrandOrigins {

	private final BrandCatalogue catalogue;

	BrandOrigins(BrandCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Every origin any brand allows: what a preflight, which cannot know the brand, is checked against. */
	public List<String> all() {
		return catalogue.served()
			.brands()
			.values()
			.stream()
			.map(brand -> brand.config().allowedOrigins())
			.flatMap(Collection::stream)
			.distinct()
			.toList();
	}

	/**
	 * Lets a request through that has no {@code Origin} (not from a browser page: curl, a server) or
	 * whose origin {@code brand} allows.
	 *
	 * @throws OriginNotAllowedException for a request from any other origin
	 * @throws UnknownBrandException when {@code brand} is not served (any more)
	 */
	public void check(String brand, String origin) {
		if (origin == null) {
			return;
		}
		ServedBrand served = brand == null ? null : catalogue.served().brands().get(brand);
		if (served == null) {
			throw new UnknownBrandException(brand);
		}
		Optional<String> canonical = WebOrigin.parse(origin);
		if (canonical.isEmpty() || !served.config().allowedOrigins().contains(canonical.get())) {
			throw new OriginNotAllowedException(brand);
		}
	}

}
