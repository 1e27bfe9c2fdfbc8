package org.reachback.platform.phone;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Validates phone numbers as customers type them and normalises them to E.164, with libphonenumber.
 * A number without a country code is read in the region of the customer's locale, if known.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * @param raw the number as typed, e.g. {@code +44 20 7946 0958} or {@code 020 7946 0958}
	 * @param locale a BCP 47 tag such as {@code en-GB}, or {@code null}
	 * @return the number in E.164, e.g. {@code +442079460958}
	 * @throws InvalidPhoneNumberException when it is not a valid, callable number
	 */
	public static String toE164(String raw, String locale) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidPhoneNumberException("A phone number is required");
		}
		String region = locale == null ? null : Locale.forLanguageTag(locale).getCountry();
		try {
			PhoneNumber number = UTIL.parse(raw, region == null || region.isEmpty() ? null : region);
			if (!UTIL.isValidNumber(number)) {
				throw new InvalidPhoneNumberException("'" + raw + "' is not a valid phone number");
			}
			return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			throw new InvalidPhoneNumberException(
					"'" + raw + "' is not a phone number we can call; include the country code, e.g. +44 20 7946 0958");
		}
	}

	/** The customer's number cannot be called as given; ask them again. */
	public static class InvalidPhoneNumberException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		public InvalidPhoneNumberException(String message) {
			super(message);
		}

	}

}
