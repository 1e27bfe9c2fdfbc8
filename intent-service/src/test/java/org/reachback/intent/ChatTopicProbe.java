package org.reachback.intent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.reachback.events.EventCodec;
import org.reachback.events.EventHeaders;
import org.reachback.events.Topics;
import org.reachback.events.chat.ChatEvent;

/** Reads what this service published on the chat topic, from the beginning, with a group of its own. */
final class ChatTopicProbe implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final EventCodec codec = new EventCodec();

	private final List<ChatEvent> seen = new CopyOnWriteArrayList<>();

	ChatTopicProbe(String bootstrapServers) {
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest"), new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(Topics.CHAT));
	}

	/** Polls once more, then answers the events of {@code chatId} seen so far, in order. */
	List<ChatEvent> of(UUID chatId) {
		for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
			String type = new String(record.headers().lastHeader(EventHeaders.TYPE).value(), StandardCharsets.UTF_8);
			codec.decode(type, record.value()).map(ChatEvent.class::cast).ifPresent(seen::add);
		}
		return seen.stream().filter(event -> event.chatId().equals(chatId)).toList();
	}

	<T extends ChatEvent> List<T> of(UUID chatId, Class<T> type) {
		return of(chatId).stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Override
	public void close() {
		consumer.close();
	}

}
