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
import org.reachback.events.dial.DialRequested.CallOrder;

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
	void aCallConnectsOnlyWhenBothPhonesAnsweredAndLastsFromThen() {
		Session dialling = Session.dialling(assignment(Channel.VOICE), Channel.VOICE,
				Call.queued(CallOrder.AGENT_FIRST, "sip:maria@127.0.0.1:5071", "+442079460958"), START);
		assertThat(dialling.status()).isEqualTo(SessionStatus.CONNECTING);
		assertThat(dialling.status().isLive()).isTrue();
		assertThat(dialling.isActive()).isFalse();
		assertThatThrownBy(dialling::checkTakesMessages).isInstanceOf(SessionClosedException.class);
		assertThatThrownBy(() -> dialling.complete(START)).isInstanceOf(SessionClosedException.class);

		Session ringing = dialling.withCall(dialling.call().dialling(START.plusSeconds(1)));
		assertThat(ringing.call().state()).isEqualTo(Call.CallState.RINGING_AGENT);
		assertThat(ringing.call().started()).isTrue();
		assertThat(ringing.status()).isEqualTo(SessionStatus.CONNECTING);

		Session connected = ringing.withCall(ringing.call().connected(START.plusSeconds(10)));
		assertThat(connected.status()).isEqualTo(SessionStatus.CONNECTED);
		Session completed = connected.complete(START.plusSeconds(70));
		assertThat(completed.duration()).isEqualTo(Duration.ofSeconds(60));
		assertThat(completed.call().state()).isEqualTo(Call.CallState.ENDED);
		assertThat(SessionEnded.of(completed).timeToConnect()).isEqualTo(Duration.ofSeconds(9));
	}

	@Test
	void aCustomerFirstCallRingsTheCustomerFirst() {
		Call call = Call.queued(CallOrder.CUSTOMER_FIRST, "sip:li@127.0.0.1:5072", "+442079460958");

		assertThat(call.dialling(START).state()).isEqualTo(Call.CallState.RINGING_CUSTOMER);
	}

	@Test
	void aCallThatNeverConnectedEndsAsNotReachedOrMissedWithoutDuration() {
		Session dialling = Session.dialling(assignment(Channel.VOICE), Channel.VOICE,
				Call.queued(CallOrder.AGENT_FIRST, "sip:maria@127.0.0.1:5071", "+442079460958"), START);

		Session busy = dialling.notReached(AttemptOutcome.BUSY, "busy", START.plusSeconds(5));
		Session missed = dialling.missed("the agent's phone did not answer", START.plusSeconds(20));

		assertThat(busy.status()).isEqualTo(SessionStatus.FAILED);
		assertThat(busy.outcome()).isEqualTo(AttemptOutcome.BUSY);
		assertThat(busy.duration()).isZero();
		assertThat(missed.status()).isEqualTo(SessionStatus.MISSED);
		assertThat(missed.outcome()).isNull();
		assertThat(missed.status().isLive()).isFalse();
		assertThat(SessionEnded.of(missed).timeToConnect()).isNull();
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
				"Sam", Channel.CHAT, null, null);

		Session session = Session.failed(bare, "no chat to join", START);

		assertThat(session.chatId()).isNull();
		assertThat(session.customer()).isEqualTo(Customer.anonymous());
	}

	static AgentAssigned assignment(Channel channel) {
		CallbackContext context = new CallbackContext(UUID.randomUUID(), "acme", "billing", "+442079460958", null,
				new Customer("Ana", "020 7946 0958", "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "billing bot does not handle billing_dispute", List.of());
		return new AgentAssigned(UUID.randomUUID(), START, UUID.randomUUID(), UUID.randomUUID(), "maria", "Maria",
				channel, context, channel == Channel.CHAT ? null : "sip:maria@127.0.0.1:5071");
	}

}
