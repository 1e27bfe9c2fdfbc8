package org.reachback.callback.admin;

import java.util.List;
import java.util.Map;

import org.reachback.callback.lifecycle.CallbackStatus;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/callbacks}: how many callbacks are in each status, which become due next, and
 * the latest refusals with their reasons (requests rejected, transitions refused), newest first.
 */
@Component
@Endpoint(id = "callbacks")
class CallbacksEndpoint {

	private static final int NEXT_DUE_SHOWN = 10;

	/** How many refusals the endpoint shows; older ones stay in the history. */
	static final int RECENT_REFUSALS = 50;

	private final CallbackStatisticsRepository statistics;

	CallbacksEndpoint(CallbackStatisticsRepository statistics) {
		this.statistics = statistics;
	}

	@ReadOperation
	Overview callbacks() {
		return new Overview(statistics.countByStatus(), statistics.nextDue(NEXT_DUE_SHOWN),
				statistics.recentRefusals(RECENT_REFUSALS));
	}

	record Overview(Map<CallbackStatus, Long> countsByStatus, List<CallbackStatisticsRepository.NextDue> nextDue,
			List<CallbackStatisticsRepository.Refusal> refusals) {
	}

}
