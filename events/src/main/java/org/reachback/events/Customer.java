package org.reachback.events;

/**
 * The customer as the widget introduced them; every field is optional.
 *
 * @param phone as the customer typed it (callback-service normalises it to E.164)
 * @param timeZone an IANA zone id such as {@code Europe/Madrid}
 * @param locale a BCP 47 language tag such as {@code en-GB}
 */
public record Customer(String name, String phone, String timeZone, String locale) {

	public static Customer anonymous() {
		return new Customer(null, null, null, null);
	}

}
