package org.reachback.interaction.queue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The latest queue status in memory, so metric scrapes never query the database. Updated by every
 * refresh; a refresh whose transaction rolls back may leave it ahead until the next one.
 */
@Component
class QueueStatusBoard {

	private final Map<String, QueueStatus> latest = new ConcurrentHashMap<>();

	void show(List<QueueStatus> statuses) {
		statuses.forEach(status -> latest.put(status.queue(), status));
	}

	Optional<QueueStatus> of(String queue) {
		return Optional.ofNullable(latest.get(queue));
	}

}
