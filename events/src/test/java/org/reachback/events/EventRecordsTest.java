package org.reachback.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRecordsTest {

	private final EventRecords records = new EventRecords();

	static Stream<Class<? extends DomainEvent>> eventTypes() {
		return EventTypes.all().values().stream();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void everyRegisteredEventSurvivesTheTripThroughAKafkaRecord(Class<? extends DomainEvent> type) throws Exception {
		DomainEvent event = EventCodecTest.SampleEvents.sample(type);

		ProducerRecord<String, String> sent = records.toRecord(Topics.of(type), event);

		assertThat(sent.topic()).isEqualTo(Topics.of(type));
		assertThat(sent.key()).isEqualTo(event.aggregateId());
		assertThat(header(sent, EventHeaders.TYPE)).isEqualTo(EventTypes.nameOf(event));
		assertThat(header(sent, EventHeaders.VERSION)).isEqualTo(String.valueOf(EventTypes.CURRENT_VERSION));
		assertThat(header(sent, EventHeaders.ID)).isEqualTo(event.eventId().toString());
		assertThat(records.fromRecord(received(sent))).contains(event);
	}

	@Test
	void olderAndMinorVersionsAreReadAsToday() {
		AgentStateChanged event = available();
		for (String version : new String[] { "0", "1", "1.7" }) {
			assertThat(records.fromRecord(received(withVersion(event, version)))).as(version).contains(event);
		}
	}

	@Test
	void aRecordWithoutAVersionHeaderIsReadAsTheFirstVersion() {
		AgentStateChanged event = available();
		ProducerRecord<String, String> sent = records.toRecord(Topics.AGENT, event);
		sent.headers().remove(EventHeaders.VERSION);

		assertThat(records.fromRecord(received(sent))).contains(event);
	}

	@Test
	void aNewerMajorVersionIsRefusedWithAReasonInsteadOfHalfRead() {
		ConsumerRecord<String, String> future = received(withVersion(available(), "2.0"));

		assertThatThrownBy(() -> records.fromRecord(future))
			.isInstanceOf(EventTypes.UnsupportedVersionException.class)
			.isInstanceOf(EventCodec.MalformedEventException.class)
			.hasMessage("eventVersion 2 of AgentStateChanged is newer than version 1, the newest this consumer reads");
	}

	@Test
	void aVersionThatIsNoNumberIsRefused() {
		assertThatThrownBy(() -> records.fromRecord(received(withVersion(available(), "latest"))))
			.isInstanceOf(EventTypes.UnsupportedVersionException.class)
			.hasMessageContaining("'latest'");
	}

	@Test
	void unknownTypesAreSkippedAndRecordsWithoutATypeAreMalformed() {
		ProducerRecord<String, String> future = EventRecords.toRecord(Topics.AGENT, "maria", "SomethingNew", 1,
				UUID.randomUUID(), "{}");
		ProducerRecord<String, String> untyped = new ProducerRecord<>(Topics.AGENT, "maria", "{}");

		assertThat(records.fromRecord(received(future))).isEmpty();
		assertThatThrownBy(() -> records.fromRecord(received(untyped)))
			.isInstanceOf(EventCodec.MalformedEventException.class)
			.hasMessageContaining(EventHeaders.TYPE);
	}

	@Test
	void anAnswerToAPromptAlwaysNamesTheSameCallback() {
		UUID chat = UUID.fromString("7f1c1a52-5b43-4a0e-9a43-4b0e4b7a1b01");
		UUID prompt = UUID.fromString("0d8c8b6e-2f55-4b1b-8d6a-0a7d1f3c9e02");

		assertThat(CallbackIds.forPrompt(chat, prompt)).isEqualTo(CallbackIds.forPrompt(chat, prompt))
			.isNotEqualTo(CallbackIds.forPrompt(chat, UUID.randomUUID()))
			.isEqualTo(UUID.nameUUIDFromBytes((chat + "/" + prompt).getBytes(StandardCharsets.UTF_8)));
	}

	private ProducerRecord<String, String> withVersion(AgentStateChanged event, String version) {
		ProducerRecord<String, String> sent = records.toRecord(Topics.AGENT, event);
		sent.headers().remove(EventHeaders.VERSION).add(EventHeaders.VERSION, version.getBytes(StandardCharsets.UTF_8));
		return sent;
	}

	private static ConsumerRecord<String, String> received(ProducerRecord<String, String> sent) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>(sent.topic(), 0, 42L, sent.key(), sent.value());
		sent.headers().forEach(header -> record.headers().add(header));
		return record;
	}

	private static String header(ProducerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private static AgentStateChanged available() {
		return new AgentStateChanged(UUID.randomUUID(), Instant.parse("2026-12-01T09:00:00Z"), "maria",
				AgentState.AVAILABLE, "genesys");
	}

}
