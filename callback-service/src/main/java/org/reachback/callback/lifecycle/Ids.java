package org.reachback.callback.lifecycle;

import java.util.Collection;
import java.util.UUID;

/**
 * Ids as one SQL array parameter. PostgreSQL's driver binds a {@code String[]} but no {@code UUID[]},
 * so the statements cast it: {@code any(cast(? as uuid[]))}.
 */
final class Ids {

	private Ids() {
	}

	static String[] array(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}

}
