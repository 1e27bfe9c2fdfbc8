package org.reachback.callback.admin;

import java.util.List;
import java.util.Map;

import org.reachback.callback.lifecycle.CallbackStatus;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/callbacks}: how many callbacks are in each status and which become due next. */
@Component
@Endpoint(id = "callbacks")
class CallbacksEndpoint {

	private static final int NEXT_DUE_SHOWN = 10;

	private final CallbackStatisticsRepository statistics;

	CallbacksEndpoint(CallbackStatisticsRepository statistics) {
		this.statistics = statistics;
	}

	@ReadOperation
	Overview callbacks() {
		return new Overview(statistics.countByStatus(), statistics.nextDue(NEXT_DUE_SHOWN));
	}

	record Overview(Map<CallbackStatus, Long> countsByStatus, List<CallbackStatisticsRepository.NextDue> nextDue) {
	}

}
