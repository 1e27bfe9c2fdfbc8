package org.reachback.platform.messaging;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.admin.NewTopic;
import org.reachback.events.Topics;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Declares every topic this service touches, because brokers never create topics on first use:
 * the suite's topics ({@link Topics#ALL}) and, for each topic one of this service's listeners
 * consumes, its dead-letter topic, each with the configured partitions and replicas, and its
 * dead-letter counters at zero. It runs before the listener containers start, so the first record
 * that fails already has somewhere to go.
 * Declaring an existing topic changes nothing.
 */
class TopicDeclarations implements SmartLifecycle {

	private final KafkaAdmin admin;

	private final KafkaListenerEndpointRegistry listeners;

	private final MeterRegistry registry;

	private final String consumerGroup;

	private final int partitions;

	private final short replicas;

	private volatile boolean running;

	TopicDeclarations(KafkaAdmin admin, KafkaListenerEndpointRegistry listeners, MeterRegistry registry,
			String consumerGroup, int partitions, short replicas) {
		this.admin = admin;
		this.listeners = listeners;
		this.registry = registry;
		this.consumerGroup = consumerGroup;
		this.partitions = partitions;
		this.replicas = replicas;
	}

	/** The suite's topics, declared at start-up by every service. */
	static NewTopic[] suiteTopics(int partitions, short replicas) {
		return Topics.ALL.stream().map(topic -> declare(topic, partitions, replicas)).toArray(NewTopic[]::new);
	}

	/** The topics this service's listeners consume. */
	List<String> consumedTopics() {
		return listeners.getListenerContainers()
			.stream()
			.map(MessageListenerContainer::getContainerProperties)
			.map(ContainerProperties::getTopics)
			.filter(Objects::nonNull)
			.flatMap(Stream::of)
			.distinct()
			.toList();
	}

	@Override
	public void start() {
		List<String> consumed = consumedTopics();
		consumed.forEach(topic -> DeadLetters.register(registry, topic));
		NewTopic[] deadLetters = consumed.stream()
			.map(topic -> Topics.deadLetter(topic, consumerGroup))
			.map(topic -> declare(topic, partitions, replicas))
			.toArray(NewTopic[]::new);
		if (deadLetters.length > 0) {
			admin.createOrModifyTopics(deadLetters);
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the listener containers, which start in a late phase. */
	@Override
	public int getPhase() {
		return 0;
	}

	private static NewTopic declare(String topic, int partitions, short replicas) {
		return TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build();
	}

}
