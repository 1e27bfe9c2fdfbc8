package org.reachback.events;

import java.util.Optional;
import java.util.UUID;

import org.reachback.events.privacy.PersonalData;
import org.reachback.events.privacy.SealedPayloads;
import org.reachback.events.privacy.SubjectKeys;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns events into JSON payloads plus a type name, and back. Unknown fields are ignored so that
 * producers may add fields before consumers know them; an unknown type decodes to empty, so a
 * consumer skips event types newer than itself instead of failing on them.
 * <p>
 * With {@link SubjectKeys}, as in every service, an event carrying {@link PersonalData} is sealed
 * for its subject ({@link SealedPayloads}); one whose subject is erased decodes to empty as well,
 * since what it said about the customer is gone. A payload in the clear is read as before (events
 * written before sealing, and those with no personal data). Without keys (tests of the wire format
 * alone) personal data travels in the clear and a sealed payload cannot be read.
 */
public final class EventCodec {

	private final JsonMapper json;

	private final SealedPayloads sealed;

	public EventCodec() {
		this(null);
	}

	public EventCodec(SubjectKeys keys) {
		this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.sealed = keys == null ? null : new SealedPayloads(json, keys);
	}

	public Encoded encode(DomainEvent event) {
		String type = EventTypes.nameOf(event);
		String payload = json.writeValueAsString(event);
		UUID subject = event instanceof PersonalData personal ? personal.dataSubject() : null;
		if (sealed != null && subject != null) {
			payload = sealed.seal(subject, type, payload);
		}
		return new Encoded(type, EventTypes.CURRENT_VERSION, payload);
	}

	/**
	 * The event; empty for a type this code does not know, or one sealed for an erased subject.
	 * @throws MalformedEventException when the payload does not match the named type's schema, or is
	 * sealed and cannot be opened (tampered with, of another type, for a subject that never had a key)
	 * @throws SubjectKeys.KeysUnavailableException when the keys cannot be read now
	 */
	public Optional<DomainEvent> decode(String type, String payload) {
		Optional<Class<? extends DomainEvent>> eventClass = EventTypes.typeNamed(type);
		if (eventClass.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> plain = SealedPayloads.isSealed(payload) ? open(type, payload) : Optional.of(payload);
		try {
			return plain.map(clear -> json.readValue(clear, eventClass.get()));
		}
		catch (RuntimeException ex) {
			throw new MalformedEventException("Payload is not a valid " + type + ": " + ex.getMessage(), ex);
		}
	}

	private Optional<String> open(String type, String payload) {
		if (sealed == null) {
			throw new MalformedEventException("A sealed " + type + " and no keys to open it with", null);
		}
		try {
			return sealed.open(type, payload);
		}
		catch (IllegalArgumentException | SubjectKeys.UnknownSubjectException | JacksonException ex) {
			throw new MalformedEventException("Sealed payload of a " + type + " that cannot be opened: " + ex.getMessage(),
					ex);
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
