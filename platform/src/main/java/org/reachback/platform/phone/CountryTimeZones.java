package org.reachback.platform.phone;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.TimeZone.SystemTimeZoneType;

/**
 * The IANA time zones of a country, from the CLDR data in ICU: every zone that names a place in the
 * country (a canonical location), as {@code java.time} knows it. A number whose time zone is not
 * known otherwise lives in one of them.
 */
final class CountryTimeZones {

	private static final Map<String, List<ZoneId>> BY_COUNTRY = new ConcurrentHashMap<>();

	private CountryTimeZones() {
	}

	/**
	 * @param country an ISO 3166 alpha-2 code such as {@code US}
	 * @return its zones, sorted by id; empty for an unknown country or one without zones
	 */
	static List<ZoneId> of(String country) {
		return BY_COUNTRY.computeIfAbsent(country.toUpperCase(Locale.ROOT), CountryTimeZones::lookUp);
	}

	private static List<ZoneId> lookUp(String country) {
		Set<String> known = ZoneId.getAvailableZoneIds();
		return TimeZone.getAvailableIDs(SystemTimeZoneType.CANONICAL_LOCATION, country, null)
			.stream()
			.map(TimeZone::getIanaID)
			.filter(known::contains)
			.sorted()
			.map(ZoneId::of)
			.toList();
	}

}
