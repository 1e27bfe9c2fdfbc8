package org.reachback.session.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest {

	private static final Instant START = Instant.parse("2025-03-10T09:00:00Z");

	@Test
	void aConnectedSessionCarriesTheAssignmentAndItsContext() {
		AgentAssigned assignment = assignment(Channel.CHAT);

		Session session = Session.connected(assignment, START);

		assertThat(session.status()).isEqualTo(SessionStatus.CONNECTED);
		assertThat(session.isActive()).isTrue();
		assertThat(session.offerId()).isEqualTo(assignment.offerId());
		assertThat(session.chatId()).isEqualTo(assignment.context().chatId());
		assertThat(session.customer().name()).isEqualTo("Ana");
		assertThat(session.isOwnedBy("maria")).isTrue();
		assertThat(session.isOwnedBy("li")).isFalse();
		assertThat(session.endedAt()).isNull();
	}

	@Test
	void completingEndsTheSessionAndTimesIt() {
		Session completed = Session.connected(assignment(Channel.CHAT), START).complete(START.plusSeconds(90));

		assertThat(completed.status()).isEqualTo(SessionStatus.COMPLETED);
		assertThat(completed.isActive()).isFalse();
		assertThat(completed.endedAt()).isEqualTo(START.plusSeconds(90));
		assertThat(completed.duration()).isEqualTo(Duration.ofSeconds(90));
	}

	@Test
	void completingTwiceChangesNothing() {
		Session completed = Session.connected(assignment(Channel.CHAT), START).complete(START.plusSeconds(90));

		assertThat(completed.complete(START.plusSeconds(300))).isSameAs(completed);
	}

	@Test
	void aFailedSessionCannotBeCompletedNorTakeMessages() {
		Session failed = Session.failed(assignment(Channel.VOICE), "channel not supported yet", START);

		assertThat(failed.status()).isEqualTo(SessionStatus.FAILED);
		assertThat(failed.failureReason()).isEqualTo("channel not supported yet");
		assertThat(failed.outcome()).isEqualTo(AttemptOutcome.FAILED);
		assertThat(failed.endedAt()).isEqualTo(START);
		assertThatThrownBy(() -> failed.complete(START.plusSeconds(1))).isInstanceOf(SessionClosedException.class);
		assertThatThrownBy(failed::checkTakesMessages).isInstanceOf(SessionClosedException.class);
	}

	@Test
	void onlyAConnectedSessionTakesMessages() {
		Session connected = Session.connected(assignment(Channel.CHAT), START);
		assertThatCode(connected::checkTakesMessages).doesNotThrowAnyException();

		Session completed = connected.complete(START.plusSeconds(5));

		assertThatThrownBy(completed::checkTakesMessages).isInstanceOf(SessionClosedException.class)
			.hasMessageContaining("COMPLETED");
	}

	@Test
	void aSessionWithoutAReplyFailsWithTheOutcomeAndEndsItsWait() {
		Session waiting = Session.connected(assignment(Channel.CHAT), START).awaitingReplyUntil(START.plusSeconds(120));

		Session unanswered = waiting.fail(AttemptOutcome.NO_ANSWER, "no reply", START.plusSeconds(120));

		assertThat(unanswered.status()).isEqualTo(SessionStatus.FAILED);
		assertThat(unanswered.outcome()).isEqualTo(AttemptOutcome.NO_ANSWER);
		assertThat(unanswered.failureReason()).isEqualTo("no reply");
		assertThat(unanswered.endedAt()).isEqualTo(START.plusSeconds(120));
		assertThat(unanswered.replyDueAt()).isNull();
		assertThatThrownBy(unanswered::checkTakesMessages).isInstanceOf(SessionClosedException.class);
	}

	@Test
	void endingTheSameWayTwiceChangesNothingButAnotherWayIsRefused() {
		Session connected = Session.connected(assignment(Channel.CHAT), START);
		Session busy = connected.fail(AttemptOutcome.BUSY, "recorded by the agent: busy", START.plusSeconds(30));

		assertThat(busy.fail(AttemptOutcome.BUSY, "again", START.plusSeconds(60))).isSameAs(busy);
		assertThatThrownBy(() -> busy.fail(AttemptOutcome.DECLINED, "other", START.plusSeconds(60)))
			.isInstanceOf(SessionClosedException.class);
		assertThatThrownBy(() -> busy.complete(START.plusSeconds(60))).isInstanceOf(SessionClosedException.class);
		Session completed = connected.complete(START.plusSeconds(30));
		assertThat(completed.outcome()).isEqualTo(AttemptOutcome.COMPLETED);
		assertThatThrownBy(() -> completed.fail(AttemptOutcome.NO_ANSWER, "late", START.plusSeconds(60)))
			.isInstanceOf(SessionClosedException.class);
		assertThatThrownBy(() -> connected.fail(AttemptOutcome.COMPLETED, "?", START))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aReplyEndsTheWaitButNotTheSession() {
		Session replied = Session.connected(assignment(Channel.CHAT), START)
			.awaitingReplyUntil(START.plusSeconds(120))
			.replied();

		assertThat(replied.replyDueAt()).isNull();
		assertThat(replied.isActive()).isTrue();
	}

	@Test
	void anAssignmentWithoutContextHasAnAnonymousCustomer() {
		AgentAssigned bare = new AgentAssigned(UUID.randomUUID(), START, UUID.randomUUID(), UUID.randomUUID(), "sam",
				"Sam", Channel.CHAT, null);

		Session session = Session.failed(bare, "no chat to join", START);

		assertThat(session.chatId()).isNull();
		assertThat(session.customer()).isEqualTo(Customer.anonymous());
	}

	static AgentAssigned assignment(Channel channel) {
		CallbackContext context = new CallbackContext(UUID.randomUUID(), "acme", "billing", "+442079460958",
				new Customer("Ana", "020 7946 0958", "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "billing bot does not handle billing_dispute", List.of());
		return new AgentAssigned(UUID.randomUUID(), START, UUID.randomUUID(), UUID.randomUUID(), "maria", "Maria",
				channel, context);
	}

}
