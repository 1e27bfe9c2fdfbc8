package org.reachback.platform.web;

/**
 * What the suite accepts as text from a client: any Unicode except control characters (tab, line
 * feed and carriage return aside) and unpaired surrogates. PostgreSQL refuses a NUL byte and UTF-8
 * cannot encode a lone surrogate, so either would otherwise fail deep inside a transaction as a
 * server error; the other controls have no business in a chat message, a name or a query.
 */
final class Text {

	private Text() {
	}

	/** @return whether {@code text} has nothing {@link Text} refuses */
	static boolean acceptable(CharSequence text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c) || isRefusedControl(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isRefusedControl(char c) {
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
	}

}
