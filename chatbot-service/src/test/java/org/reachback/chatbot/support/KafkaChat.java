package org.reachback.chatbot.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.reachback.events.EventCodec;
import org.reachback.events.EventHeaders;
import org.reachback.events.Topics;
import org.reachback.events.bot.BotEvent;
import org.reachback.events.chat.ChatEvent;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Talks to chatbot-service the way intent-service does: chat events onto the CHAT topic, with the
 * event headers; and reads what the bots said from the BOT topic from the beginning, without a consumer group.
 */
public final class KafkaChat implements AutoCloseable {

	private final KafkaTemplate<String, String> kafka;

	private final KafkaConsumer<String, String> consumer;

	private final EventCodec codec = new EventCodec();

	private final List<BotEvent> seen = new ArrayList<>();

	public KafkaChat(KafkaTemplate<String, String> kafka, String bootstrapServers) {
		this.kafka = kafka;
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = consumer.partitionsFor(Topics.BOT, Duration.ofSeconds(10))
			.stream()
			.map(info -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
	}

	public void send(ChatEvent event) {
		EventCodec.Encoded encoded = codec.encode(event);
		ProducerRecord<String, String> record = new ProducerRecord<>(Topics.CHAT, event.aggregateId(), encoded.payload());
		record.headers()
			.add(EventHeaders.TYPE, encoded.type().getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.VERSION, String.valueOf(encoded.version()).getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
		try {
			kafka.send(record).get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish " + encoded.type(), ex);
		}
	}

	/** Everything the bots published for {@code chatId} so far, in order (polls the BOT topic once). */
	public synchronized List<BotEvent> eventsOf(UUID chatId) {
		for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
			String type = new String(record.headers().lastHeader(EventHeaders.TYPE).value(), StandardCharsets.UTF_8);
			codec.decode(type, record.value()).map(BotEvent.class::cast).ifPresent(seen::add);
		}
		return seen.stream().filter(event -> event.chatId().equals(chatId)).toList();
	}

	public <T extends BotEvent> List<T> eventsOf(UUID chatId, Class<T> type) {
		return eventsOf(chatId).stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Override
	public synchronized void close() {
		consumer.close();
	}

}
