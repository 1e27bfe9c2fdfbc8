package org.reachback.intent.analysis;

import java.time.Instant;
import java.util.Set;

/**
 * What one check of the brand catalogue file did.
 *
 * @param hash SHA-256 of the file read; {@code null} when it could not be read
 * @param reason why the file was rejected; {@code null} unless {@code REJECTED}
 * @param retrained brands whose classifier was trained (new brands, changed intents or examples)
 * @param reconfigured brands that kept their classifier with new thresholds, margin or bots
 * @param removed brands no longer served
 */
record Reload(Instant at, Outcome outcome, String hash, String reason, Set<String> retrained,
		Set<String> reconfigured, Set<String> removed) {

	enum Outcome {

		/** The file is the one being served. */
		UNCHANGED,
		/** The file was valid and is now served. */
		APPLIED,
		/** The file was invalid; the catalogue served before stays. */
		REJECTED

	}

	static Reload unchanged(Instant at, String hash) {
		return new Reload(at, Outcome.UNCHANGED, hash, null, Set.of(), Set.of(), Set.of());
	}

	static Reload applied(Instant at, String hash, CatalogueChange change) {
		return new Reload(at, Outcome.APPLIED, hash, null, change.retrain(), change.reconfigure(), change.removed());
	}

	static Reload rejected(Instant at, String hash, String reason) {
		return new Reload(at, Outcome.REJECTED, hash, reason, Set.of(), Set.of(), Set.of());
	}

	boolean rejected() {
		return outcome == Outcome.REJECTED;
	}

}
