package org.reachback.session.sessions.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.reachback.session.sessions.Session;
import org.reachback.session.sessions.SessionLine;
import org.reachback.session.sessions.SessionQueries;
import org.reachback.session.sessions.SessionService;
import org.reachback.session.sessions.web.SessionViews.CompleteRequest;
import org.reachback.session.sessions.web.SessionViews.MessageAccepted;
import org.reachback.session.sessions.web.SessionViews.MessageRequest;
import org.reachback.session.sessions.web.SessionViews.SessionDetail;
import org.reachback.session.sessions.web.SessionViews.SessionSummary;
import org.reachback.session.sessions.web.SessionViews.TranscriptEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One session as its agent works it. Reading is for the session's agent, supervisors and administrators (403
 * for other agents, 404 for an unknown id); writing and completing for the session's agent only.
 */
@RestController
@RequestMapping("/api/v1/sessions/{sessionId}")
@Tag(name = "Sessions")
class SessionController {

	private final SessionService commands;

	private final SessionQueries queries;

	private final LiveTranscript live;

	SessionController(SessionService commands, SessionQueries queries, LiveTranscript live) {
		this.commands = commands;
		this.queries = queries;
		this.live = live;
	}

	@GetMapping
	@Operation(summary = "The session with its context and the whole transcript so far")
	SessionDetail session(@PathVariable UUID sessionId, Authentication caller) {
		Session session = readable(sessionId, caller);
		return SessionDetail.of(session, queries.transcript(sessionId, 0));
	}

	@GetMapping("/transcript")
	@Operation(summary = "Lines said in the session, in order; poll with the last seq seen as 'after'")
	List<TranscriptEntry> transcript(@PathVariable UUID sessionId,
			@Parameter(description = "only lines numbered above this") @RequestParam(defaultValue = "0") int after,
			Authentication caller) {
		readable(sessionId, caller);
		return queries.transcript(sessionId, after).stream().map(TranscriptEntry::of).toList();
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-sent events: 'line' for each new transcript line, 'ended' when the session ends")
	SseEmitter events(@PathVariable UUID sessionId, Authentication caller) {
		return live.follow(readable(sessionId, caller));
	}

	@PostMapping("/messages")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Write to the customer in their chat",
			description = "Text must not be blank and at most 2000 characters (400); 409 once the session ended.")
	@ApiResponse(responseCode = "202", description = "Sent to the customer's chat")
	@ApiResponse(responseCode = "409", description = "The session has ended")
	MessageAccepted message(@PathVariable UUID sessionId, @Valid @RequestBody MessageRequest message,
			Authentication caller) {
		SessionLine line = commands.postAgentMessage(sessionId, caller.getName(), message.text());
		return new MessageAccepted(line.messageId(), line.seq());
	}

	@PostMapping("/complete")
	@Operation(summary = "End the session, with how the attempt ended",
			description = "Without a body, or with outcome COMPLETED, the session is completed (SessionCompleted); "
					+ "any other outcome (NO_ANSWER, BUSY, DECLINED, INVALID_NUMBER, FAILED) fails it "
					+ "(SessionFailed with that outcome), for the callback's retry policy. Idempotent: ending a "
					+ "session again the same way answers 200 and publishes nothing more; 409 for a session that "
					+ "already ended otherwise; 400 for an unknown outcome.")
	@ApiResponse(responseCode = "200", description = "The session as it ended")
	@ApiResponse(responseCode = "409", description = "The session already ended another way")
	SessionSummary complete(@PathVariable UUID sessionId, @RequestBody(required = false) CompleteRequest request,
			Authentication caller) {
		return SessionSummary.of(commands.end(sessionId, caller.getName(), request == null ? null : request.outcome()));
	}

	private Session readable(UUID sessionId, Authentication caller) {
		return Viewer.of(caller).checkCanRead(queries.find(sessionId));
	}

}
