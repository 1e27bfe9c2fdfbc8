package org.reachback.events;

import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns events into JSON payloads plus a type name, and back. Unknown fields are ignored so that
 * producers may add fields before consumers know them; an unknown type decodes to empty, so a
 * consumer skips event types newer than itself instead of failing on them.
 */
public final class EventCodec {

	private final JsonMapper json;

	public EventCodec() {
		this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	public Encoded encode(DomainEvent event) {
		return new Encoded(EventTypes.nameOf(event), EventTypes.CURRENT_VERSION, json.writeValueAsString(event));
	}

	/**
	 * @throws MalformedEventException when the payload does not match the named type's schema
	 */
	public Optional<DomainEvent> decode(String type, String payload) {
		Optional<Class<? extends DomainEvent>> eventClass = EventTypes.typeNamed(type);
		if (eventClass.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(json.readValue(payload, eventClass.get()));
		}
		catch (RuntimeException ex) {
			throw new MalformedEventException("Payload is not a valid " + type + ": " + ex.getMessage(), ex);
		}
	}

	/** An event ready for the wire. */
	public record Encoded(String type, int version, String payload) {
	}

	/** A payload that can never be processed; it goes to the dead-letter topic without retries. */
	public static class MalformedEventException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public MalformedEventException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
