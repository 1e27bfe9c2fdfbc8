package org.reachback.platform.phone;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Validates phone numbers as customers type them and normalises them to E.164, with libphonenumber.
 * A number without a country code is read in the region of the customer's locale, if known.
 * <p>
 * Only numbers that reach a person are callable: premium-rate, shared-cost, personal (forwarding),
 * pager, UAN (a company's universal access number) and voicemail numbers are refused, because a
 * callback to them costs the brand money or never reaches the customer.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** The number types never called back, each in the words the customer is told. */
	private static final Map<PhoneNumberType, String> NOT_CALLABLE = Map.of(
			PhoneNumberType.PREMIUM_RATE, "a premium-rate number",
			PhoneNumberType.SHARED_COST, "a shared-cost number",
			PhoneNumberType.PERSONAL_NUMBER, "a personal (forwarding) number",
			PhoneNumberType.PAGER, "a pager number",
			PhoneNumberType.UAN, "a company's universal access number",
			PhoneNumberType.VOICEMAIL, "a voicemail number");

	private PhoneNumbers() {
	}

	/**
	 * @param raw the number as typed, e.g. {@code +44 20 7946 0958} or {@code 020 7946 0958}
	 * @param locale a BCP 47 tag such as {@code en-GB}, or {@code null}
	 * @return the number in E.164, e.g. {@code +442079460958}
	 * @throws InvalidPhoneNumberException when it is not a valid, callable number (a
	 * {@link NumberNotCallableException} when it is valid but of a type never called back)
	 */
	public static String toE164(String raw, String locale) {
		return callable(raw, locale).e164();
	}

	/**
	 * Like {@link #toE164(String, String)}, with the number's country.
	 * @throws InvalidPhoneNumberException when it is not a valid, callable number
	 */
	public static CallableNumber callable(String raw, String locale) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidPhoneNumberException("A phone number is required");
		}
		String region = locale == null ? null : Locale.forLanguageTag(locale).getCountry();
		PhoneNumber number;
		try {
			number = UTIL.parse(raw, region == null || region.isEmpty() ? null : region);
		}
		catch (NumberParseException ex) {
			throw new InvalidPhoneNumberException(
					"'" + raw + "' is not a phone number we can call; include the country code, e.g. +44 20 7946 0958");
		}
		if (!UTIL.isValidNumber(number)) {
			throw new InvalidPhoneNumberException("'" + raw + "' is not a valid phone number");
		}
		String type = NOT_CALLABLE.get(UTIL.getNumberType(number));
		if (type != null) {
			throw new NumberNotCallableException("'" + raw + "' is " + type
					+ ", which we cannot call back; please give a landline or mobile number");
		}
		return new CallableNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), country(number));
	}

	/**
	 * Like {@link #callable(String, String)}, for a brand that calls only some countries.
	 * @param callableCountries ISO 3166 alpha-2 codes such as {@code GB}; empty means every country
	 * @throws NumberNotCallableException when the number is of another country
	 */
	public static CallableNumber callable(String raw, String locale, Collection<String> callableCountries) {
		CallableNumber number = callable(raw, locale);
		if (callableCountries == null || callableCountries.isEmpty()) {
			return number;
		}
		Set<String> countries = new TreeSet<>();
		callableCountries.forEach(country -> countries.add(country.trim().toUpperCase(Locale.ROOT)));
		if (!countries.contains(number.country())) {
			String from = number.country() == null ? "an international network"
					: new Locale("", number.country()).getDisplayCountry(Locale.ENGLISH) + " (" + number.country() + ")";
			throw new NumberNotCallableException("'" + raw + "' is a number in " + from
					+ ", and we can only call numbers in " + String.join(", ", countries));
		}
		return number;
	}

	/**
	 * @param e164 a number as {@link #toE164(String, String)} returns it
	 * @return the ISO 3166 alpha-2 code of its country, or {@code null} for a non-geographic or
	 * unparseable number
	 */
	public static String countryOf(String e164) {
		try {
			return country(UTIL.parse(e164, null));
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	private static String country(PhoneNumber number) {
		String region = UTIL.getRegionCodeForNumber(number);
		return region == null || "ZZ".equals(region) || "001".equals(region)
				? null : region;
	}

	/** The customer's number cannot be called as given; ask them again. */
	public static class InvalidPhoneNumberException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		public InvalidPhoneNumberException(String message) {
			super(message);
		}

	}

	/**
	 * The number is valid but is never called back: of a type that does not reach a person at a
	 * normal cost, or in a country the brand does not call.
	 */
	public static class NumberNotCallableException extends InvalidPhoneNumberException {

		private static final long serialVersionUID = 1L;

		public NumberNotCallableException(String message) {
			super(message);
		}

	}

}
