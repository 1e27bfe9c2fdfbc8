package org.reachback.platform.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** How an error names what a field or parameter must be, in a client's words rather than Java's. */
final class ValueNames {

	private ValueNames() {
	}

	static String mustBe(Class<?> type) {
		return "must be " + expected(type);
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "a value of another type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type == String.class || type == Character.class || type == char.class) {
			return "text";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "a whole number in range";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type == UUID.class) {
			return "a UUID";
		}
		if (type == LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		if (type == LocalTime.class) {
			return "a time of day (HH:MM)";
		}
		if (type == Duration.class) {
			return "an ISO-8601 duration";
		}
		if (ZoneId.class.isAssignableFrom(type)) {
			return "an IANA time zone";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "an ISO-8601 date-time with an offset";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "an array";
		}
		return "an object";
	}

}
