package org.reachback.interaction.queue;

import java.time.Duration;

/**
 * How long a newcomer to a queue would wait for an agent: nothing if an agent is free for them;
 * otherwise everyone ahead of them plus themselves, shared among the staffed agents, each taking the
 * average handle time. Unknown (null) when nobody is staffed, since no estimate would be honest.
 */
final class EstimatedWait {

	private EstimatedWait() {
	}

	static Integer seconds(int staffed, int available, int waiting, int pending, Duration averageHandleTime) {
		if (staffed <= 0) {
			return null;
		}
		int ahead = waiting + pending;
		if (available > ahead) {
			return 0;
		}
		long total = (ahead + 1L) * averageHandleTime.toSeconds();
		return Math.toIntExact((total + staffed - 1) / staffed);
	}

}
