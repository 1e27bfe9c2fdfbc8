package org.reachback.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.reachback.events.EventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in the order they were written and deletes each once the broker
 * acknowledged it. A crash between send and delete re-sends the event on restart; consumers are
 * idempotent, so at-least-once delivery never becomes a duplicate effect.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, String> kafka;

	private final TransactionTemplate transactions;

	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${reachback.outbox.poll-interval:50ms}")
	public void relay() {
		Integer sent;
		do {
			sent = transactions.execute(status -> publishBatch());
		}
		while (sent != null && sent == BATCH);
	}

	private int publishBatch() {
		List<Row> rows = jdbc.sql("""
				select id, event_id, topic, message_key, event_type, event_version, payload
				from outbox_event order by id limit ? for update skip locked""")
			.param(BATCH)
			.query(Row.class)
			.list();
		int sent = 0;
		for (Row row : rows) {
			try {
				kafka.send(row.toRecord()).get(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				log.warn("Outbox relay could not publish {} {} to {}; will retry", row.eventType(), row.eventId(),
						row.topic(), ex);
				break;
			}
			jdbc.sql("delete from outbox_event where id = ?").param(row.id()).update();
			sent++;
		}
		return sent;
	}

	record Row(long id, UUID eventId, String topic, String messageKey, String eventType, int eventVersion,
			String payload) {

		ProducerRecord<String, String> toRecord() {
			ProducerRecord<String, String> record = new ProducerRecord<>(topic, messageKey, payload);
			record.headers()
				.add(EventHeaders.TYPE, eventType.getBytes(StandardCharsets.UTF_8))
				.add(EventHeaders.VERSION, String.valueOf(eventVersion).getBytes(StandardCharsets.UTF_8))
				.add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
			return record;
		}

	}

}
