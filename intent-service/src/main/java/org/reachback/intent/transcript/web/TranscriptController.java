package org.reachback.intent.transcript.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.access.StreamTicket;
import org.reachback.intent.transcript.Transcript;
import org.reachback.intent.transcript.TranscriptEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The transcript and the live event stream of a chat. The stream opens with the chat token in the
 * Authorization header or, for browsers' EventSource (which cannot send headers), with a stream
 * ticket in {@code ?ticket=}; either is checked when the stream opens, not while it stays open.
 */
@RestController
@RequestMapping("/api/v1/chats/{chatId}")
@Tag(name = "Chats")
@SecurityRequirement(name = "chatToken")
class TranscriptController {

	private final ChatAccess access;

	private final Transcript transcript;

	private final ChatStreams streams;

	TranscriptController(ChatAccess access, Transcript transcript, ChatStreams streams) {
		this.access = access;
		this.transcript = transcript;
		this.streams = streams;
	}

	@GetMapping("/transcript")
	@Operation(summary = "The whole conversation of a chat, in order")
	@ApiResponse(responseCode = "200", description = "Entries, oldest first")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such chat for this token")
	List<TranscriptEntry> transcript(@PathVariable UUID chatId, @Parameter(hidden = true) ChatToken token) {
		access.require(chatId, token);
		return transcript.of(chatId);
	}

	@PostMapping("/stream-tickets")
	@Operation(summary = "A short-lived ticket to open the chat's event stream with EventSource",
			description = "EventSource cannot send the Authorization header: open GET …/events?ticket=<ticket> "
					+ "instead, before expiresAt (reachback.chat.stream-ticket-ttl, 60 s by default). A ticket "
					+ "opens the event stream of this chat only, as often as asked until it expires; it is no chat "
					+ "token anywhere else. Once it expired, EventSource's own reconnection fails (401): ask for "
					+ "another ticket and open a new EventSource.")
	@ApiResponse(responseCode = "201", description = "The ticket and when it expires")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such chat for this token")
	ResponseEntity<TicketIssued> streamTicket(@PathVariable UUID chatId, @Parameter(hidden = true) ChatToken token) {
		StreamTicket ticket = access.streamTicket(chatId, token);
		return ResponseEntity.status(HttpStatus.CREATED).body(new TicketIssued(ticket.value(), ticket.expiresAt()));
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Live server-sent events of a chat",
			description = "Each event's id is the transcript sequence number and its name the entry kind "
					+ "(message, prompt, callback, agent-joined, agent-left); its data is the transcript entry as "
					+ "JSON. On connect the entries after Last-Event-ID (all, without it) are replayed. Open it with "
					+ "the chat token in the Authorization header or, from EventSource, with ?ticket= from POST "
					+ "…/stream-tickets; at most reachback.chat.max-streams-per-chat streams per chat at once.")
	@Parameter(name = "ticket", in = ParameterIn.QUERY,
			description = "a stream ticket, instead of the Authorization header, for EventSource")
	@ApiResponse(responseCode = "200", description = "An event stream")
	@ApiResponse(responseCode = "401", description = "No chat token or ticket, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such chat for this token or ticket")
	@ApiResponse(responseCode = "429", description = "The chat has as many streams open as it may; Retry-After")
	SseEmitter events(@PathVariable UUID chatId, @Parameter(hidden = true) ChatToken token,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		access.require(chatId, token);
		return streams.open(chatId, lastSeen(lastEventId));
	}

	/** The same stream for EventSource, which sends a ticket instead of the Authorization header. */
	@Hidden
	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE, params = "ticket")
	SseEmitter eventsWithTicket(@PathVariable UUID chatId, @RequestParam String ticket,
			@RequestHeader(name = HttpHeaders.ORIGIN, required = false) String origin,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		access.requireStream(chatId, ticket, origin);
		return streams.open(chatId, lastSeen(lastEventId));
	}

	/** @param ticket the value for {@code ?ticket=} */
	record TicketIssued(String ticket, Instant expiresAt) {
	}

	/** An id the client cannot have received from us replays everything rather than failing. */
	private static long lastSeen(String lastEventId) {
		try {
			return lastEventId == null ? 0 : Math.max(0, Long.parseLong(lastEventId.trim()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
