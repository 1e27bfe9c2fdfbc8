package org.reachback.interaction.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the queue status read model for every configured queue. */
@Service
public class QueueStatusRefresher {

	private final QueueStatusRepository statuses;

	private final QueueProperties queues;

	private final QueueStatusBoard board;

	private final Clock clock;

	QueueStatusRefresher(QueueStatusRepository statuses, QueueProperties queues, QueueStatusBoard board, Clock clock) {
		this.statuses = statuses;
		this.queues = queues;
		this.board = board;
		this.clock = clock;
	}

	@Transactional
	public void refresh() {
		statuses.lock();
		Instant now = clock.instant();
		List<QueueStatus> current = queues.names()
			.stream()
			.map(queue -> statuses.compute(queue, queues.settings(queue).averageHandleTime(), now))
			.toList();
		current.forEach(statuses::save);
		board.show(current);
	}

}
