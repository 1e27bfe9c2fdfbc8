package org.reachback.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request as it goes on the line.
 *
 * @param target the path and query, percent-encoded (or deliberately not)
 * @param body the body's bytes, or null for none
 */
record FuzzRequest(String method, String target, Map<String, String> headers, byte[] body) {

	/**
	 * The request in about 300 characters: a long target, header or body is cut on its own, so that
	 * the others still show; credentials by their scheme only, invisible characters escaped.
	 */
	String summary() {
		StringBuilder summary = new StringBuilder(method).append(' ').append(visible(target, 120));
		headers.forEach((name, value) -> summary.append(" | ").append(name).append(": ")
			.append(name.equals("Authorization") ? visible(value.split(" ", 2)[0], 20) + " …" : visible(value, 60)));
		if (body != null) {
			summary.append(" | ").append(visible(new String(body, StandardCharsets.UTF_8), 120));
		}
		return summary.toString();
	}

	/** {@code text} cut to {@code limit} characters, with control characters and lone surrogates escaped as in JSON. */
	static String visible(String text, int limit) {
		StringBuilder visible = new StringBuilder();
		for (int i = 0; i < text.length() && visible.length() < limit; i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				visible.append(c).append(text.charAt(++i));
			}
			else {
				visible.append(c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : c);
			}
		}
		return visible.length() < limit ? visible.toString() : visible + "… (" + text.length() + " chars)";
	}

}
