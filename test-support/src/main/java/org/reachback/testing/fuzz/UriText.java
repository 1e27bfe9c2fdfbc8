package org.reachback.testing.fuzz;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of the values the fuzzer draws, so that only hostile ones arrive malformed. */
final class UriText {

	private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

	private UriText() {
	}

	/** Everything but RFC 3986's unreserved characters as {@code %XX} of its UTF-8 (a lone surrogate as {@code ?}). */
	static String encode(String text) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int octet = b & 0xff;
			if (octet < 0x80 && UNRESERVED.indexOf(octet) >= 0) {
				encoded.append((char) octet);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(octet >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(octet & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

}
