package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.testing.TestKafka;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** Reads this service's own tables, to check what a flow recorded. */
final class CallbackTable {

	private final JdbcClient jdbc;

	CallbackTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Requests a callback with a number that cannot be called and waits until it is recorded. */
	UUID rejectedCallback(String bootstrapServers) {
		CallbackRequested request = Requests.asSoonAsPossible("12345");
		try (TestKafka events = new TestKafka(bootstrapServers)) {
			events.publish(Topics.BOT, request);
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> "REJECTED".equals(status(request.callbackId())));
		return request.callbackId();
	}

	/** The callback's status, or {@code null} when there is no such callback. */
	String status(UUID callbackId) {
		return jdbc.sql("select status from callback where id = ?").param(callbackId).query(String.class)
			.optional()
			.orElse(null);
	}

	int count(UUID callbackId) {
		return jdbc.sql("select count(*) from callback where id = ?").param(callbackId).query(Integer.class).single();
	}

	/** The statuses the callback entered, in order, as "FROM->TO" ("null->REQUESTED" first). */
	List<String> appliedTransitions(UUID callbackId) {
		return jdbc.sql("""
				select coalesce(from_status, 'null') || '->' || to_status from callback_transition
				where callback_id = ? and applied order by id""").param(callbackId).query(String.class).list();
	}

	/** The reasons of transitions the lifecycle refused, in order. */
	List<String> refusals(UUID callbackId) {
		return jdbc.sql("select reason from callback_transition where callback_id = ? and not applied order by id")
			.param(callbackId)
			.query(String.class)
			.list();
	}

	boolean processed(UUID eventId) {
		return jdbc.sql("select count(*) from processed_event where event_id = ?").param(eventId)
			.query(Integer.class)
			.single() > 0;
	}

	/** The callback's due time, or {@code null}. */
	Instant dueAt(UUID callbackId) {
		return jdbc.sql("select due_at from callback where id = ?").param(callbackId).query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
	}

	/** The reasons of the transitions applied, in order. */
	List<String> reasons(UUID callbackId) {
		return jdbc.sql("select reason from callback_transition where callback_id = ? and applied order by id")
			.param(callbackId)
			.query(String.class)
			.list();
	}

	/** Makes the callback's due time a minute ago, as if its time had just come. */
	void dueNow(UUID callbackId) {
		jdbc.sql("update callback set due_at = now() - interval '1 minute' where id = ?").param(callbackId).update();
	}

	/** Moves the callback's due time into the past, as if it had been waiting that long. */
	void dueHoursAgo(UUID callbackId, int hours) {
		jdbc.sql("update callback set due_at = now() - make_interval(hours => ?) where id = ?")
			.params(hours, callbackId)
			.update();
	}

}
