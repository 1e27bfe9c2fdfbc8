package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.DomainEvent;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.session.SessionConnected;
import org.reachback.events.session.SessionFailed;
import org.reachback.testing.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retries by outcome over the real broker and database, with the tests' rules: no answer is tried
 * again after a second, twice in all; busy after two hours, past the one-hour overall expiry;
 * declined after the default half hour.
 */
@ServiceIntegrationTest
class CallbackRetryIntegrationTests extends OtherServices {

	@Test
	void noAnswerIsTriedAgainAfterItsIntervalThenFailsWhenTheAttemptsRunOut() {
		CallbackRequested request = dueCallback();
		UUID callbackId = request.callbackId();
		otherServices.publish(Topics.ASSIGNMENT, new AgentReserved(UUID.randomUUID(), Requests.now(), callbackId,
				UUID.randomUUID(), "maria", "Maria Lopez"));
		awaitNth(callbackId, CallbackAgentReserved.class, 1);

		Instant firstEnded = Instant.now();
		otherServices.publish(Topics.SESSION, failed(request, AttemptOutcome.NO_ANSWER));

		CallbackRetryScheduled retry = awaitNth(callbackId, CallbackRetryScheduled.class, 1);
		assertThat(retry.attempt()).isEqualTo(1);
		assertThat(retry.outcome()).isEqualTo(AttemptOutcome.NO_ANSWER);
		assertThat(retry.dueAt()).isBetween(firstEnded.plusMillis(900), Instant.now().plusSeconds(1));
		assertThat(retry.reason()).startsWith("NO_ANSWER on attempt 1 of 2: next attempt after 1s");
		CallbackDue second = awaitNth(callbackId, CallbackDue.class, 2);
		assertThat(second.attempt()).isEqualTo(2);
		assertThat(second.occurredAt()).isAfterOrEqualTo(retry.dueAt());

		UUID sessionId = UUID.randomUUID();
		otherServices.publish(Topics.SESSION, new SessionConnected(UUID.randomUUID(), Requests.now(), sessionId,
				callbackId, request.chatId(), "li", "Li Wei", Channel.CHAT));
		awaitNth(callbackId, CallbackInProgress.class, 1);
		otherServices.publish(Topics.SESSION, new SessionFailed(UUID.randomUUID(), Requests.now(), sessionId,
				callbackId, request.chatId(), "li", "the customer did not reply", AttemptOutcome.NO_ANSWER));

		CallbackExpired expired = awaitNth(callbackId, CallbackExpired.class, 1);
		assertThat(expired.reason()).contains("the customer did not reply")
			.endsWith("NO_ANSWER on attempt 2 of 2: no attempts left");
		assertThat(table.appliedTransitions(callbackId)).containsExactly("null->REQUESTED", "REQUESTED->SCHEDULED",
				"SCHEDULED->DUE", "DUE->AGENT_RESERVED", "AGENT_RESERVED->SCHEDULED", "SCHEDULED->DUE",
				"DUE->IN_PROGRESS", "IN_PROGRESS->EXPIRED");
		assertThat(published.of(callbackId).stream().map(DomainEvent::getClass).toList()).containsExactly(
				CallbackScheduled.class, CallbackDue.class, CallbackAgentReserved.class, CallbackRetryScheduled.class,
				CallbackDue.class, CallbackInProgress.class, CallbackExpired.class);
	}

	@Test
	void aRetryThatWouldStartPastTheOverallExpiryExpiresTheCallback() {
		CallbackRequested request = dueCallback();

		otherServices.publish(Topics.SESSION, failed(request, AttemptOutcome.BUSY));

		CallbackExpired expired = awaitNth(request.callbackId(), CallbackExpired.class, 1);
		assertThat(expired.reason()).contains("BUSY on attempt 1 of 3: given up", "would start more than 1h after");
		assertThat(table.status(request.callbackId())).isEqualTo("EXPIRED");
		assertThat(published.of(request.callbackId(), CallbackRetryScheduled.class)).isEmpty();
	}

	@Test
	void anAttemptInterruptedWhileDiallingIsTriedAgainAfterTheDefaultTwoMinutes() {
		CallbackRequested request = dueCallback();
		Instant interrupted = Instant.now();

		otherServices.publish(Topics.SESSION, failed(request, AttemptOutcome.INTERRUPTED));

		CallbackRetryScheduled retry = awaitNth(request.callbackId(), CallbackRetryScheduled.class, 1);
		assertThat(retry.outcome()).isEqualTo(AttemptOutcome.INTERRUPTED);
		assertThat(retry.reason()).startsWith("INTERRUPTED on attempt 1 of 3: next attempt after 2m");
		assertThat(retry.dueAt()).isBetween(interrupted.plus(Duration.ofMinutes(2)).minusSeconds(1),
				Instant.now().plus(Duration.ofMinutes(2)));
		assertThat(table.status(request.callbackId())).isEqualTo("SCHEDULED");
	}

	@Test
	void aRepeatedReportOfTheSameFailureSchedulesOneRetry() {
		CallbackRequested request = dueCallback();
		SessionFailed declined = failed(request, AttemptOutcome.DECLINED);

		otherServices.publish(Topics.SESSION, declined);
		CallbackRetryScheduled retry = awaitNth(request.callbackId(), CallbackRetryScheduled.class, 1);
		SessionFailed reportedAgain = new SessionFailed(UUID.randomUUID(), Requests.now(), declined.sessionId(),
				declined.callbackId(), declined.chatId(), declined.agentId(), declined.reason(), declined.outcome());
		otherServices.publish(Topics.SESSION, reportedAgain);

		await().atMost(Duration.ofSeconds(20)).until(() -> table.processed(reportedAgain.eventId()));
		assertThat(retry.dueAt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
		assertThat(table.status(request.callbackId())).isEqualTo("SCHEDULED");
		assertThat(table.refusals(request.callbackId())).singleElement().asString()
			.endsWith("ignored: a SCHEDULED callback is in no attempt");
		assertThat(published.of(request.callbackId(), CallbackRetryScheduled.class)).hasSize(1);
	}

	private static SessionFailed failed(CallbackRequested request, AttemptOutcome outcome) {
		return new SessionFailed(UUID.randomUUID(), Requests.now(), UUID.randomUUID(), request.callbackId(),
				request.chatId(), "maria", "the attempt ended " + outcome, outcome);
	}

	/** Requests a callback as soon as possible and waits until it is due. */
	private CallbackRequested dueCallback() {
		CallbackRequested request = Requests.asSoonAsPossible(Requests.UK_E164_PHONE);
		otherServices.publish(Topics.BOT, request);
		awaitNth(request.callbackId(), CallbackDue.class, 1);
		return request;
	}

}
