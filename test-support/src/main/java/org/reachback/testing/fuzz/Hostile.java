package org.reachback.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

import org.reachback.testing.TestTokens;

/**
 * Values a hostile or broken client sends in place of a valid one: text the server must refuse or
 * store faithfully, JSON of the wrong type or beyond any parser's range, and credentials that are
 * wrong or malformed. Long values are bounded (20,000 characters) to keep a run fast.
 */
final class Hostile {

	static final int LONG = 20_000;

	/** Text, before JSON or URI encoding. */
	static final List<String> STRINGS = List.of("\u0000", "a\u0000b", "\u0001\u0002\u0003\u0004", "\t\r\n", "\u001b[2J",
			"\u007f", "\u0085", "\u2028\u2029", "\u202eevil", "\u200b", "\ufeff", "\ud800", "\udfff", "x\ud800y",
			"\udc00\ud800", "\uffff", "\ufffe", "e\u0301\u0301\u0301\u0301", "' OR '1'='1", "'; DROP TABLE chat; --",
			"<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "{{7*7}}", "../../../../etc/passwd",
			"%00", "%s%n%x", "\\", "\"", "null", "NaN", "-0", "1e400", "   ", "", "x".repeat(LONG),
			"\ud83d\ude00".repeat(LONG / 4), "\u0000".repeat(1000));

	/** JSON of the wrong type or out of every range, for any value of a body. */
	static final List<String> JSON_VALUES = List.of("1e400", "-1e400", "9223372036854775808", "-9223372036854775809",
			"18446744073709551616", "1" + "0".repeat(1200), "0.1e-400", "1.5", "-0", "true", "false", "null", "[]", "{}",
			"[null]", "\"\"", "\"12\"", "\"abc\"", "[" .repeat(2000) + "]".repeat(2000), "{\"a\":".repeat(1500) + "1"
					+ "}".repeat(1500), "[" + "1,".repeat(5000) + "1]", "{\"a\":1,\"a\":2}");

	private static final List<String> AUTHORIZATIONS = List.of(basic("admin", "wrong"), basic("nobody", "demo"),
			"Basic " + Base64.getEncoder().encodeToString("admin".getBytes(StandardCharsets.UTF_8)), "Basic !!!",
			"Basic ", "Bearer ", "Bearer not-a-token", "Bearer " + "A".repeat(4000), "Digest username=\"admin\"",
			"basic", "Negotiate YWRtaW4=", "Basic YWRtaW46YWRtaW4=Basic YWRtaW46YWRtaW4=",
			// an administrator's token that has expired, and an unsigned one ("alg": "none")
			"Bearer " + TestTokens.token("admin", List.of("ADMIN"), Duration.ofMinutes(-5)),
			"Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkFETUlOIl19.");

	private Hostile() {
	}

	/** Wrong or malformed credentials, or (one time in as many) none at all. */
	static String authorization(SplittableRandom random) {
		int pick = random.nextInt(AUTHORIZATIONS.size() + 1);
		return pick == AUTHORIZATIONS.size() ? null : AUTHORIZATIONS.get(pick);
	}

	/** A hostile value for any place in a body: text half the time, the wrong JSON the other half. */
	static String json(Draw draw) {
		return draw.chance(0.5) ? JsonText.quote(draw.pick(STRINGS)) : draw.pick(JSON_VALUES);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
