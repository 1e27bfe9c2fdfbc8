package org.reachback.interaction.agent;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's phone as the roster gives it: a SIP URI (RFC 3261, scheme {@code sip:} or
 * {@code sips:}), which session-service rings for a voice callback. It is checked when the roster is
 * bound, so a telephone number typed where a URI belongs, or a mistyped host or port, fails the
 * start rather than a call to a customer.
 */
final class SipUri {

	private static final String HOST = "\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?";

	/** {@code scheme:[user[:password]@]host[:port][;parameters][?headers]}, the host a name, IPv4 or [IPv6] */
	private static final Pattern URI = Pattern
		.compile("[^:\\s]+:(?:[^@\\s]+@)?(?:" + HOST + ")(?::(?<port>[0-9]{1,5}))?(?:[;?]\\S*)?");

	private SipUri() {
	}

	/**
	 * @return the URI without surrounding blanks
	 * @throws IllegalArgumentException saying what is wrong, if it is not a SIP URI
	 */
	static String valid(String uri) {
		String candidate = uri.strip();
		int colon = candidate.indexOf(':');
		String scheme = colon < 0 ? "" : candidate.substring(0, colon).toLowerCase(Locale.ROOT);
		if (!scheme.equals("sip") && !scheme.equals("sips")) {
			throw invalid(uri, "the scheme must be sip: or sips:");
		}
		Matcher matcher = URI.matcher(candidate);
		if (!matcher.matches()) {
			throw invalid(uri, "expected [user@]host[:port] after the scheme, without spaces");
		}
		String port = matcher.group("port");
		if (port != null && (Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535)) {
			throw invalid(uri, "port " + port + " is not between 1 and 65535");
		}
		return candidate;
	}

	private static IllegalArgumentException invalid(String uri, String why) {
		return new IllegalArgumentException("phone '" + uri + "' is not a SIP URI (" + why
				+ "), for example sip:maria@127.0.0.1:5071");
	}

}
