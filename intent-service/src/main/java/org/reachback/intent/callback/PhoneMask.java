package org.reachback.intent.callback;

/**
 * Hides all but the last three digits of a phone number, so that whoever sees a chat can confirm
 * the number without learning it.
 */
public final class PhoneMask {

	private static final int VISIBLE = 3;

	private PhoneMask() {
	}

	public static String mask(String phone) {
		if (phone == null) {
			return null;
		}
		long digits = phone.chars().filter(Character::isDigit).count();
		StringBuilder masked = new StringBuilder(phone.length());
		int seen = 0;
		for (char c : phone.toCharArray()) {
			if (Character.isDigit(c)) {
				masked.append(++seen > digits - VISIBLE ? c : '•');
			}
			else if (c == '+') {
				masked.append(c);
			}
		}
		return masked.toString();
	}

}
