package org.reachback.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker is a real KRaft node in a process of its own: it can be killed, restarted and found again. */
class LocalKafkaTest {

	@Test
	void anAcknowledgedRecordSurvivesAKillAndIsThereForTheNextBrokerOnTheSameLogs(@TempDir Path data) throws Exception {
		int port = Ports.free();
		try (LocalKafka kafka = LocalKafka.start(data, port, port, 1)) {
			createTopic(kafka, "survivors");
			produce(kafka, "survivors", "before-the-kill");

			kafka.kill();
			kafka.restart();
			produce(kafka, "survivors", "after-the-restart");
			assertThat(consumeAll(kafka, "survivors", 2)).containsExactly("before-the-kill", "after-the-restart");
		}
		try (LocalKafka kafka = LocalKafka.start(data, port, port, 1)) {
			assertThat(consumeAll(kafka, "survivors", 2)).containsExactly("before-the-kill", "after-the-restart");
		}
	}

	@Test
	void aBrokerNeverCreatesATopicOnFirstUse() throws Exception {
		try (LocalKafka kafka = LocalKafka.start(3); Admin admin = admin(kafka)) {
			createTopic(kafka, "declared");
			assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("declared")
				.doesNotContain("undeclared");
			assertThat(admin.describeTopics(Set.of("declared")).allTopicNames().get(30, TimeUnit.SECONDS)
				.get("declared").partitions()).hasSize(3);
		}
	}

	private static void createTopic(LocalKafka kafka, String topic) throws Exception {
		try (Admin admin = admin(kafka)) {
			admin.createTopics(List.of(new NewTopic(topic, java.util.Optional.empty(), java.util.Optional.empty())))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
	}

	private static Admin admin(LocalKafka kafka) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
	}

	private static void produce(LocalKafka kafka, String topic, String value) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, "key", value)).get(60, TimeUnit.SECONDS);
		}
	}

	private static List<String> consumeAll(LocalKafka kafka, String topic, int expected) {
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (values.size() < expected && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					values.add(record.value());
				}
			}
		}
		return values;
	}

}
