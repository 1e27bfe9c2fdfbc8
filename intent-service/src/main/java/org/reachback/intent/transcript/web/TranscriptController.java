package org.reachback.intent.transcript.web;

import java.util.List;
import java.util.UUID;

import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.transcript.Transcript;
import org.reachback.intent.transcript.TranscriptEntry;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

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
	@ApiResponse(responseCode = "401", description = "No chat token")
	@ApiResponse(responseCode = "404", description = "No such chat for this token")
	List<TranscriptEntry> transcript(@PathVariable UUID chatId, @Parameter(hidden = true) ChatToken token) {
		access.require(chatId, token);
		return transcript.of(chatId);
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Live server-sent events of a chat",
			description = "Each event's id is the transcript sequence number and its name the entry kind "
					+ "(message, prompt, callback, agent-joined, agent-left); its data is the transcript entry as "
					+ "JSON. On connect the entries after Last-Event-ID (all, without it) are replayed. The token "
					+ "may be passed as ?token= because EventSource cannot send headers.")
	@ApiResponse(responseCode = "200", description = "An event stream")
	@ApiResponse(responseCode = "401", description = "No chat token")
	@ApiResponse(responseCode = "404", description = "No such chat for this token")
	SseEmitter events(@PathVariable UUID chatId, @Parameter(hidden = true) ChatToken token,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		access.require(chatId, token);
		return streams.open(chatId, lastSeen(lastEventId));
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
