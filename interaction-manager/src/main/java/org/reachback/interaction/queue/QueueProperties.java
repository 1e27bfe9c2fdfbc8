package org.reachback.interaction.queue;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured queues, {@code reachback.queues.<name>}, named after the skill that serves them.
 * A queue that is not configured (say, one a platform reports) gets {@link QueueSettings#defaults()}.
 */
@ConfigurationProperties("reachback")
public record QueueProperties(Map<String, QueueSettings> queues) {

	public QueueProperties {
		queues = queues == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(queues));
	}

	public Set<String> names() {
		return queues.keySet();
	}

	public QueueSettings settings(String queue) {
		return queues.getOrDefault(queue, QueueSettings.defaults());
	}

}
