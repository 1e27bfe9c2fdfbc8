package org.reachback.testing.fuzz;

/**
 * JSON string literals written by hand: control characters and lone surrogates become six-character
 * Unicode escapes (backslash, {@code u}, four hex digits), so that a lone high surrogate reaches the
 * server as a hostile client would send it, while surrogate pairs (emoji) stay as they are.
 */
final class JsonText {

	private JsonText() {
	}

	static String quote(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				json.append(c).append(text.charAt(++i));
			}
			else if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
