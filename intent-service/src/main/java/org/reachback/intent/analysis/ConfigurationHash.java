package org.reachback.intent.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * SHA-256 hashes (lower-case hex) that tell configurations apart: of a catalogue file's bytes, and
 * of one brand's configuration in a canonical form that ignores the order of intents, so that an
 * administrator can see which brands a change touched.
 */
final class ConfigurationHash {

	private ConfigurationHash() {
	}

	static String of(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	static String of(BrandsProperties.Brand config) {
		StringBuilder canonical = new StringBuilder();
		field(canonical, "default-bot", config.defaultBot());
		BrandsProperties.Nlu nlu = config.nlu();
		field(canonical, "out-of-scope-threshold", nlu == null ? null : nlu.outOfScopeThreshold());
		field(canonical, "ambiguity-margin", nlu == null ? null : nlu.ambiguityMargin());
		new TreeMap<>(config.intents()).forEach((name, intent) -> {
			field(canonical, "intent", name);
			field(canonical, "bot", intent.bot());
			field(canonical, "threshold", intent.threshold());
			list(canonical, "examples", intent.examples());
		});
		list(canonical, "out-of-scope", config.outOfScope());
		list(canonical, "allowed-origins", config.allowedOrigins());
		return of(canonical.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Length-prefixed, and absence marked apart, so that no two configurations write the same text. */
	private static void field(StringBuilder canonical, String name, Object value) {
		canonical.append(name).append('=');
		if (value == null) {
			canonical.append('-');
		}
		else {
			String text = value.toString();
			canonical.append(text.length()).append(':').append(text);
		}
		canonical.append('\n');
	}

	private static void list(StringBuilder canonical, String name, List<String> values) {
		field(canonical, name, values.size());
		values.forEach(value -> field(canonical, "-", value));
	}

}
