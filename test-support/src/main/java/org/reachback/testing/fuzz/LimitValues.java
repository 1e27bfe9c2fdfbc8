package org.reachback.testing.fuzz;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Values of a scalar schema at its limits or one step past them: the bounds and their neighbours,
 * the widths of int and long, empty and blank text, lengths exactly at and one over
 * {@code maxLength} in ASCII and in emoji (two UTF-16 units each), the first and last instants and
 * impossible dates, an enum value in another case or with a space.
 */
final class LimitValues {

	private static final String EMOJI = "\ud83d\ude00";

	private LimitValues() {
	}

	static String of(Schema schema, Draw draw) {
		Bounds bounds = Bounds.of(schema);
		return switch (schema.type()) {
			case "boolean" -> draw.pick(List.of("true", "false"));
			case "integer" -> draw.pick(List.of(bounds.lowest(), bounds.highest(), bounds.lowest() - 1, bounds.highest() + 1,
					0L, -1L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, Integer.MAX_VALUE + 1L, Long.MAX_VALUE,
					Long.MIN_VALUE)).toString();
			case "number" -> draw.pick(List.of(String.valueOf(bounds.lowest()), String.valueOf(bounds.highest()), "0",
					"-0.0", "1.7976931348623157E308", "4.9E-324", "1e-10"));
			default -> text(schema, bounds, draw);
		};
	}

	private static String text(Schema schema, Bounds bounds, Draw draw) {
		if (!schema.enumValues().isEmpty()) {
			String value = draw.pick(schema.enumValues());
			return draw.pick(List.of(value.toLowerCase(Locale.ROOT), value.toUpperCase(Locale.ROOT), " " + value, value + " ",
					value + "x"));
		}
		return switch (schema.format()) {
			case "uuid" -> draw.pick(List.of("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
					ScalarValues.uuid(draw).toUpperCase(Locale.ROOT), ScalarValues.uuid(draw).replace("-", "")));
			case "date-time" -> draw.pick(List.of("1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", Instant.MIN.toString(),
					Instant.MAX.toString(), Instant.now().toString(), "2024-02-29T23:59:59.999999999+14:00",
					"2024-12-31T23:59:60Z", "2023-02-29T00:00:00Z", "0000-01-01T00:00:00Z", "2030-03-07T10:00:00",
					"2030-03-07", "2030-03-07T10:00:00+25:00"));
			case "date" -> draw.pick(List.of("0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "+10000-01-01", "2030-13-01"));
			default -> length(bounds, draw);
		};
	}

	private static String length(Bounds bounds, Draw draw) {
		if (bounds.maxLength() < 0) {
			return draw.pick(List.of("", " ", "x", "x".repeat(255), "x".repeat(256), "x".repeat(4096), EMOJI.repeat(1000)));
		}
		int max = bounds.maxLength();
		return draw.pick(List.of("", " ", "x".repeat(Math.max(0, bounds.minLength() - 1)), "x".repeat(bounds.minLength()),
				"x".repeat(max), "x".repeat(max + 1), EMOJI.repeat(max), EMOJI.repeat(max + 1),
				"x".repeat(Math.max(0, max - 1)) + EMOJI));
	}

}
