package org.reachback.infra;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real single-node Kafka broker in KRaft mode, running inside this JVM. */
public final class LocalKafka implements AutoCloseable {

	private final EmbeddedKafkaKraftBroker broker;

	private LocalKafka(EmbeddedKafkaKraftBroker broker) {
		this.broker = broker;
	}

	/**
	 * Starts a broker that, like a production cluster, never creates a topic on first use: the
	 * services declare theirs with {@code partitions} partitions at start-up.
	 */
	public static LocalKafka start(int partitions) {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions);
		broker.brokerProperties(Map.of("auto.create.topics.enable", "false", "num.partitions",
				String.valueOf(partitions), "group.initial.rebalance.delay.ms", "0"));
		broker.afterPropertiesSet();
		return new LocalKafka(broker);
	}

	public String bootstrapServers() {
		return broker.getBrokersAsString();
	}

	@Override
	public void close() {
		broker.destroy();
	}

}
