package org.reachback.events;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

	private final EventCodec codec = new EventCodec();

	static Stream<Class<? extends DomainEvent>> eventTypes() {
		return EventTypes.all().values().stream();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void everyRegisteredEventSurvivesARoundTrip(Class<? extends DomainEvent> type) throws Exception {
		DomainEvent event = SampleEvents.sample(type);

		EventCodec.Encoded encoded = codec.encode(event);

		assertThat(encoded.type()).isEqualTo(type.getSimpleName()).doesNotContain(".");
		assertThat(codec.decode(encoded.type(), encoded.payload())).contains(event);
	}

	@Test
	void unknownFieldsAreIgnoredSoSchemasCanGrowAdditively() {
		UUID id = UUID.randomUUID();
		String payload = "{\"eventId\":\"" + id + "\",\"occurredAt\":\"2026-01-01T10:00:00Z\",\"agentId\":\"maria\","
				+ "\"state\":\"AVAILABLE\",\"source\":\"genesys\",\"addedLater\":42}";

		assertThat(codec.decode("AgentStateChanged", payload)).get()
			.extracting(DomainEvent::eventId, DomainEvent::aggregateId)
			.containsExactly(id, "maria");
	}

	@Test
	void unknownTypesDecodeToEmptySoOlderConsumersSkipThem() {
		assertThat(codec.decode("SomethingNew", "{}")).isEmpty();
	}

	@Test
	void malformedPayloadsAreReportedAsSuch() {
		assertThatThrownBy(() -> codec.decode("AgentStateChanged", "{not json"))
			.isInstanceOf(EventCodec.MalformedEventException.class);
	}

	@Test
	void typeNamesAreTheContractAndStayUnique() {
		Map<String, Class<? extends DomainEvent>> all = EventTypes.all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(34);
		assertThat(all.values()).doesNotHaveDuplicates();
		assertThat(all.keySet()).allSatisfy(name -> assertThat(name).doesNotEndWith("Event"));
	}

	/** Builds an event of any registered type with every component filled in. */
	static final class SampleEvents {

		static DomainEvent sample(Class<? extends DomainEvent> type) throws Exception {
			RecordComponent[] components = type.getRecordComponents();
			Object[] values = new Object[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = valueFor(types[i], components[i].getName());
			}
			return type.getDeclaredConstructor(types).newInstance(values);
		}

		private static Object valueFor(Class<?> type, String name) {
			if (type == UUID.class) {
				return UUID.nameUUIDFromBytes(name.getBytes());
			}
			if (type == Instant.class) {
				return Instant.parse("2026-11-27T10:15:30Z");
			}
			if (type == String.class) {
				return name + "-value";
			}
			if (type == int.class || type == Integer.class) {
				return 3;
			}
			if (type == long.class || type == Long.class) {
				return 1234L;
			}
			if (type == boolean.class) {
				return true;
			}
			if (type.isEnum()) {
				return type.getEnumConstants()[0];
			}
			if (type == List.class) {
				return List.of();
			}
			if (type == java.time.LocalDate.class) {
				return java.time.LocalDate.parse("2026-12-24");
			}
			if (type == java.time.LocalTime.class) {
				return java.time.LocalTime.parse("09:30");
			}
			if (type == Customer.class) {
				return new Customer("Ana", "+34600000000", "Europe/Madrid", "es-ES");
			}
			if (type == IntentMatch.class) {
				return new IntentMatch("refund_status", 0.42, false, false,
						List.of(new IntentMatch.Candidate("refund_status", 0.42)));
			}
			if (type == CallbackContext.class) {
				return new CallbackContext(UUID.randomUUID(), "acme", "billing", "+34600000000", Media.VOICE,
						new Customer("Ana", null, "Europe/Madrid", null), "refund_status",
						HandoverReason.LOW_CONFIDENCE, "confidence 0.42 below 0.6",
						List.of(new TranscriptLine(Instant.parse("2026-11-27T10:15:00Z"),
								TranscriptLine.Speaker.CUSTOMER, "Ana", "where is my refund?")));
			}
			throw new IllegalStateException("No sample for " + type);
		}

	}

}
