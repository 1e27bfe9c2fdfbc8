package org.reachback.testing.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Valid values of a scalar schema (string, integer, number, boolean), as text before any JSON or URI
 * encoding: a known value or the schema's example most of the time, else one drawn from its type,
 * format, enum and {@link Bounds}.
 */
final class ScalarValues {

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private ScalarValues() {
	}

	/** Whether the schema's values are JSON numbers or booleans rather than strings. */
	static boolean bare(Schema schema) {
		return List.of("integer", "number", "boolean").contains(schema.type());
	}

	static String valid(Schema schema, String name, KnownValues known, Draw draw) {
		if (!known.of(name).isEmpty() && (known.exclusive(name) || draw.chance(0.75))) {
			return draw.pick(known.of(name));
		}
		if (!schema.enumValues().isEmpty()) {
			return draw.pick(schema.enumValues());
		}
		if (schema.example() != null && draw.chance(0.6)) {
			return schema.example();
		}
		Bounds bounds = Bounds.of(schema);
		return switch (schema.type()) {
			case "boolean" -> String.valueOf(draw.chance(0.5));
			case "integer" -> String.valueOf(draw.random().nextLong(bounds.lowest(), bounds.highest() + 1));
			case "number" -> String.valueOf(bounds.lowest() + draw.random().nextDouble() * (bounds.highest() - bounds.lowest()));
			default -> text(schema.format(), bounds, draw);
		};
	}

	static String uuid(Draw draw) {
		return new UUID(draw.random().nextLong(), draw.random().nextLong()).toString();
	}

	private static String text(String format, Bounds bounds, Draw draw) {
		return switch (format) {
			case "uuid" -> uuid(draw);
			case "date-time" -> dateTime(draw);
			case "date" -> LocalDate.now(ZoneOffset.UTC).plusDays(draw.between(-60, 60)).toString();
			case "uri" -> "https://example.org/" + letters(draw.between(1, 8), draw);
			case "email" -> letters(draw.between(1, 8), draw) + "@example.org";
			default -> {
				int shortest = Math.max(1, bounds.minLength());
				int longest = bounds.maxLength() < 0 ? shortest + 11 : Math.min(bounds.maxLength(), shortest + 11);
				yield letters(draw.between(shortest, Math.max(shortest, longest)), draw);
			}
		};
	}

	/** An instant from an hour ago to a fortnight ahead, to the minute, in UTC or at an offset. */
	private static String dateTime(Draw draw) {
		Instant instant = Instant.now()
			.truncatedTo(ChronoUnit.MINUTES)
			.plus(Duration.ofMinutes(draw.between(-60, 60 * 24 * 14)));
		return draw.chance(0.5) ? instant.toString()
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.ofHours(draw.between(-12, 14))));
	}

	private static String letters(int length, Draw draw) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(LETTERS.charAt(draw.random().nextInt(LETTERS.length())));
		}
		return text.toString();
	}

}
