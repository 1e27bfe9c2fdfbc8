package org.reachback.testing.fuzz;

import java.math.BigDecimal;

/**
 * A scalar schema's limits as the fuzzer draws within them: numbers from {@code minimum} (or 0) to
 * {@code maximum} (or a hundred more), lengths from {@code minLength} to {@code maxLength}, capped at
 * {@link Hostile#LONG}.
 *
 * @param maxLength -1 when the schema sets none
 */
record Bounds(long lowest, long highest, int minLength, int maxLength) {

	static Bounds of(Schema schema) {
		long lowest = lowest(schema);
		BigDecimal maximum = schema.number("maximum");
		BigDecimal exclusiveMaximum = schema.number("exclusiveMaximum");
		long highest = maximum != null ? maximum.longValue()
				: exclusiveMaximum != null ? exclusiveMaximum.longValue() - 1 : lowest + 100;
		return new Bounds(lowest, Math.max(lowest, highest), length(schema, "minLength", 0), length(schema, "maxLength", -1));
	}

	private static long lowest(Schema schema) {
		BigDecimal minimum = schema.number("minimum");
		BigDecimal exclusiveMinimum = schema.number("exclusiveMinimum");
		BigDecimal maximum = schema.number("maximum");
		if (minimum != null) {
			return minimum.longValue();
		}
		if (exclusiveMinimum != null) {
			return exclusiveMinimum.longValue() + 1;
		}
		return maximum != null && maximum.signum() < 0 ? maximum.longValue() - 100 : 0;
	}

	private static int length(Schema schema, String keyword, int otherwise) {
		BigDecimal length = schema.number(keyword);
		return length == null ? otherwise : length.min(BigDecimal.valueOf(Hostile.LONG)).intValue();
	}

}
