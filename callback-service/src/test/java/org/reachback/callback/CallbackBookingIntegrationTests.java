package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.infra.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class CallbackBookingIntegrationTests {

	private static final String BOT_DEAD_LETTERS = "reachback.bot.callback-service-dlt";

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	JdbcClient jdbc;

	KafkaEvents events;

	CallbackTable table;

	@BeforeEach
	void connect() {
		events = new KafkaEvents(kafka, bootstrapServers, Topics.CALLBACK, BOT_DEAD_LETTERS);
		table = new CallbackTable(jdbc);
	}

	@AfterEach
	void disconnect() {
		events.close();
	}

	@Test
	void anAsSoonAsPossibleRequestIsScheduledThenDuePromptlyWithTheNormalisedPhoneAndFullContext() {
		CallbackRequested request = Requests.asSoonAsPossible(Requests.UK_NATIONAL_PHONE);

		events.publish(Topics.BOT, request);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> events.events(Topics.CALLBACK, request.callbackId()), published -> published.size() >= 2);
		var published = events.events(Topics.CALLBACK, request.callbackId());
		assertThat(published).hasSize(2);
		CallbackScheduled scheduled = (CallbackScheduled) published.get(0);
		CallbackDue due = (CallbackDue) published.get(1);
		assertThat(scheduled.chatId()).isEqualTo(request.chatId());
		assertThat(scheduled.phone()).isEqualTo(Requests.UK_E164_PHONE);
		assertThat(scheduled.queue()).isEqualTo("billing");
		assertThat(scheduled.asSoonAsPossible()).isTrue();
		assertThat(scheduled.preferredAgent()).isEqualTo("maria");
		assertThat(scheduled.dueAt()).isBetween(request.occurredAt(), Instant.now());
		assertThat(due.attempt()).isEqualTo(1);
		assertThat(due.preferredAgent()).isEqualTo("maria");
		assertThat(due.context()).isEqualTo(request.context().withPhone(Requests.UK_E164_PHONE));
		assertThat(Duration.between(scheduled.occurredAt(), due.occurredAt())).isLessThan(Duration.ofSeconds(5));
		assertThat(table.appliedTransitions(request.callbackId())).containsExactly("null->REQUESTED",
				"REQUESTED->SCHEDULED", "SCHEDULED->DUE");
	}

	@Test
	void theSameRequestDeliveredTwiceOrSentAgainMakesOneCallback() {
		CallbackRequested request = Requests.asSoonAsPossible(Requests.UK_E164_PHONE);
		CallbackRequested sentAgain = Requests.again(request);

		events.publish(Topics.BOT, request);
		events.publish(Topics.BOT, request);
		events.publish(Topics.BOT, sentAgain);

		await().atMost(Duration.ofSeconds(20)).until(() -> table.processed(sentAgain.eventId()));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> events.events(Topics.CALLBACK, request.callbackId(), CallbackScheduled.class).size() == 1);
		assertThat(table.count(request.callbackId())).isEqualTo(1);
		assertThat(table.appliedTransitions(request.callbackId())).startsWith("null->REQUESTED", "REQUESTED->SCHEDULED")
			.containsOnlyOnce("null->REQUESTED");
	}

	@Test
	void aPhoneNumberThatCannotBeCalledRejectsTheCallbackWithTheProblem() {
		CallbackRequested request = Requests.asSoonAsPossible("12345");

		events.publish(Topics.BOT, request);

		CallbackRejected rejected = awaitOne(request.callbackId(), CallbackRejected.class);
		assertThat(rejected.chatId()).isEqualTo(request.chatId());
		assertThat(rejected.problem()).isEqualTo("'12345' is not a valid phone number");
		assertThat(table.status(request.callbackId())).isEqualTo("REJECTED");
		assertThat(table.appliedTransitions(request.callbackId())).containsExactly("null->REQUESTED",
				"REQUESTED->REJECTED");
		assertThat(events.events(Topics.CALLBACK, request.callbackId(), CallbackScheduled.class)).isEmpty();
	}

	@Test
	void aSlotInThePastRejectsTheCallback() {
		CallbackRequested request = Requests.at(Requests.now().minus(Duration.ofHours(1)), Requests.UK_E164_PHONE);

		events.publish(Topics.BOT, request);

		assertThat(awaitOne(request.callbackId(), CallbackRejected.class).problem()).contains("is in the past");
		assertThat(table.status(request.callbackId())).isEqualTo("REJECTED");
	}

	@Test
	void aScheduledCallbackBecomesDueOnlyAtItsSlot() {
		Instant slot = Requests.now().plusSeconds(4);
		CallbackRequested request = Requests.at(slot, Requests.UK_E164_PHONE);

		events.publish(Topics.BOT, request);

		CallbackScheduled scheduled = awaitOne(request.callbackId(), CallbackScheduled.class);
		assertThat(scheduled.dueAt()).isEqualTo(slot);
		assertThat(scheduled.asSoonAsPossible()).isFalse();
		Duration untilShortlyBeforeSlot = Duration.between(Instant.now(), slot).minusMillis(300);
		if (!untilShortlyBeforeSlot.isNegative()) {
			await().during(untilShortlyBeforeSlot)
				.atMost(untilShortlyBeforeSlot.plusSeconds(2))
				.until(() -> "SCHEDULED".equals(table.status(request.callbackId())));
		}
		CallbackDue due = awaitOne(request.callbackId(), CallbackDue.class);
		assertThat(due.occurredAt()).isAfterOrEqualTo(slot);
		assertThat(due.context().phone()).isEqualTo(Requests.UK_E164_PHONE);
	}

	@Test
	void aMalformedRequestIsDeadLetteredAndTheNextOneIsStillBooked() {
		CallbackRequested next = Requests.asSoonAsPossible(Requests.UK_E164_PHONE);
		String key = next.chatId().toString();

		events.send(Topics.BOT, key, "CallbackRequested", "{\"callbackId\": not json", UUID.randomUUID());
		events.publish(Topics.BOT, next);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> events.records(BOT_DEAD_LETTERS), records -> records.stream()
				.anyMatch(record -> key.equals(record.key()) && record.value().contains("not json")));
		awaitOne(next.callbackId(), CallbackScheduled.class);
	}

	private <T> T awaitOne(UUID callbackId, Class<T> type) {
		List<?> found = await().atMost(Duration.ofSeconds(20))
			.until(() -> events.events(Topics.CALLBACK, callbackId).stream().filter(type::isInstance).toList(),
					matching -> !matching.isEmpty());
		return type.cast(found.get(0));
	}

}
