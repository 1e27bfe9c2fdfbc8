package org.reachback.session.sessions.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.constraints.CodePointLength;

import org.reachback.events.AttemptOutcome;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.TranscriptLine;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.dial.DialRequested.CallOrder;
import org.reachback.session.sessions.Call;
import org.reachback.session.sessions.Call.CallState;
import org.reachback.session.sessions.Session;
import org.reachback.session.sessions.SessionLine;
import org.reachback.session.sessions.SessionStatus;

/** The JSON shapes of the session API. */
final class SessionViews {

	static final int MAX_MESSAGE_LENGTH = 2000;

	private SessionViews() {
	}

	/** A line in the agent's list of sessions; {@code call} only for a voice session. */
	record SessionSummary(UUID sessionId, UUID callbackId, UUID chatId, Channel channel, SessionStatus status,
			AttemptOutcome outcome, String failureReason, String customerName, String intent,
			@JsonInclude(JsonInclude.Include.NON_NULL) CallView call,
			Instant startedAt, Instant endedAt) {

		static SessionSummary of(Session session) {
			return new SessionSummary(session.id(), session.callbackId(), session.chatId(), session.channel(),
					session.status(), session.outcome(), session.failureReason(), session.customer().name(),
					context(session).intent(), CallView.of(session.call()), session.startedAt(), session.endedAt());
		}

	}

	/**
	 * How far a voice session's call got, for the agent's screen.
	 * @param agentPhone the phone rung for the agent
	 * @param dialStartedAt when the first phone was dialled
	 * @param connectedAt when both had answered
	 */
	record CallView(CallState state, CallOrder order, String agentPhone, Instant dialStartedAt, Instant connectedAt) {

		static CallView of(Call call) {
			return call == null ? null
					: new CallView(call.state(), call.order(), call.agentPhone(), call.dialStartedAt(),
							call.connectedAt());
		}

	}

	/**
	 * Everything the agent needs in front of them.
	 * @param transcript the chat the bot handed over, then the lines said in the session, in order
	 */
	record SessionDetail(UUID sessionId, UUID callbackId, UUID chatId, Channel channel, SessionStatus status,
			AttemptOutcome outcome, String failureReason, Agent agent, Customer customer, String phone, String brand,
			String queue, String intent, HandoverReason handoverReason, String reason,
			@JsonInclude(JsonInclude.Include.NON_NULL) CallView call,
			List<TranscriptEntry> transcript, Instant startedAt, Instant endedAt) {

		static SessionDetail of(Session session, List<SessionLine> lines) {
			CallbackContext context = context(session);
			List<TranscriptEntry> transcript = Stream.concat(
					context.transcript().stream().map(TranscriptEntry::handedOver),
					lines.stream().map(TranscriptEntry::of)).toList();
			return new SessionDetail(session.id(), session.callbackId(), session.chatId(), session.channel(),
					session.status(), session.outcome(), session.failureReason(), new Agent(session.agentId(), session.agentName()),
					session.customer(), context.phone(), context.brand(), context.queue(), context.intent(),
					context.handoverReason(), context.reason(), CallView.of(session.call()), transcript,
					session.startedAt(), session.endedAt());
		}

	}

	record Agent(String id, String name) {
	}

	/**
	 * One transcript line.
	 * @param seq the line's number in the session, for {@code ?after=} polling; absent for lines of
	 * the chat before the session
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TranscriptEntry(Integer seq, UUID messageId, Instant at, Speaker speaker, String name, String text) {

		static TranscriptEntry of(SessionLine line) {
			return new TranscriptEntry(line.seq(), line.messageId(), line.at(), line.speaker(), line.name(),
					line.text());
		}

		static TranscriptEntry handedOver(TranscriptLine line) {
			return new TranscriptEntry(null, null, line.at(), line.speaker(), line.name(), line.text());
		}

	}

	record MessageRequest(@NotBlank @CodePointLength(max = MAX_MESSAGE_LENGTH) String text) {
	}

	record MessageAccepted(UUID messageId, int seq) {
	}

	/** @param outcome how the attempt ended; {@code null} (or no body at all) for {@code COMPLETED} */
	record CompleteRequest(AttemptOutcome outcome) {
	}

	private static CallbackContext context(Session session) {
		return session.context() != null ? session.context()
				: new CallbackContext(session.chatId(), null, null, null, null, null, null, null, null, List.of());
	}

}
