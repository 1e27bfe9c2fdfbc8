package org.reachback.platform.web;

import java.time.Instant;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read strictly, so a client's mistake is a 400 naming the field rather than a
 * value silently changed: an unknown field, a number where text belongs (or text where a number
 * does), a fraction for a whole number, a number for a fixed set of values, a null for a primitive
 * and a field given twice are all refused, and so is text {@link Text} does not accept and an
 * instant outside the years 1 to 9999, which the suite's date arithmetic cannot take.
 */
final class StrictJson implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
				DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.addModule(new SimpleModule("reachback-strict-input").addDeserializer(String.class, new TextDeserializer())
				.addDeserializer(Instant.class, new BoundedInstantDeserializer()));
	}

	/** Text only from JSON strings, and only text {@link Text} accepts. */
	static final class TextDeserializer extends StdScalarDeserializer<String> {

		TextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getString();
			if (!Text.acceptable(text)) {
				throw new UnacceptableTextException(parser);
			}
			return text;
		}

	}

	/** Instants as ISO-8601, and only in the years 1 to 9999. */
	static final class BoundedInstantDeserializer extends StdScalarDeserializer<Instant> {

		private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

		private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

		BoundedInstantDeserializer() {
			super(Instant.class);
		}

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
			if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
				throw new InvalidFormatException(parser, "Instant out of range", instant, Instant.class);
			}
			return instant;
		}

	}

}
