package org.reachback.platform.phone;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which {@link CallingWindow} applies to a callee, under {@code reachback.calling-window}: the
 * default hours ({@code start}, {@code end}; 08:00–21:00), replaced for numbers of a country by
 * that country's hours where configured (e.g. {@code countries.FR: {start: "10:00", end: "20:00"}}),
 * in the callee's local time.
 * <p>
 * The callee's local time is their own time zone when the customer gave a valid one; otherwise
 * every zone of the number's country, so that a country that spans zones is called only at hours
 * allowed in all of them; UTC for a number of no country. (libphonenumber's prefix-to-zone mapper
 * would narrow a number to its area's zones, but its artifact is not available to this build.)
 *
 * @param countries calling hours by ISO 3166 alpha-2 country code
 */
@ConfigurationProperties("reachback.calling-window")
public record CallingWindowRules(@DefaultValue("08:00") LocalTime start, @DefaultValue("21:00") LocalTime end,
		Map<String, CallingHours> countries) {

	public CallingWindowRules {
		new CallingHours(start, end); // refuses hours that end before they start
		Map<String, CallingHours> byCountry = new TreeMap<>();
		if (countries != null) {
			countries.forEach((country, hours) -> byCountry.put(country.trim().toUpperCase(Locale.ROOT), hours));
		}
		countries = Map.copyOf(byCountry);
	}

	/** The default rules: 08:00–21:00 everywhere. */
	public static CallingWindowRules defaults() {
		return new CallingWindowRules(CallingHours.DEFAULT.start(), CallingHours.DEFAULT.end(), Map.of());
	}

	public CallingHours defaultHours() {
		return new CallingHours(start, end);
	}

	/** The hours for numbers of {@code country}; the default hours for {@code null} or an unlisted one. */
	public CallingHours hoursIn(String country) {
		return country == null ? defaultHours()
				: countries.getOrDefault(country.toUpperCase(Locale.ROOT), defaultHours());
	}

	/**
	 * @param e164 the callee's number in E.164
	 * @param timeZone the callee's IANA zone id, if the customer gave one; ignored when invalid
	 */
	public CallingWindow windowFor(String e164, String timeZone) {
		String country = PhoneNumbers.countryOf(e164);
		return CallingWindow.of(hoursIn(country), zonesOf(country, timeZone));
	}

	private static List<ZoneId> zonesOf(String country, String timeZone) {
		if (timeZone != null && !timeZone.isBlank()) {
			try {
				return List.of(ZoneId.of(timeZone.trim()));
			}
			catch (DateTimeException ex) {
				// not a zone: fall back to the number's
			}
		}
		List<ZoneId> zones = country == null ? List.of() : CountryTimeZones.of(country);
		return zones.isEmpty() ? List.of(ZoneId.of("Etc/UTC")) : zones;
	}

}
