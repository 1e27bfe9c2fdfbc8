package org.reachback.intent.chat.web;

import java.net.URI;
import java.util.UUID;

import org.reachback.intent.access.ChatAccess;
import org.reachback.intent.access.ChatNotFoundException;
import org.reachback.intent.access.ChatToken;
import org.reachback.intent.analysis.BrandOrigins;
import org.reachback.intent.chat.Chat;
import org.reachback.intent.chat.ChatRepository;
import org.reachback.intent.chat.ChatService;
import org.reachback.intent.chat.web.ChatRequests.PostMessage;
import org.reachback.intent.chat.web.ChatRequests.StartChat;
import org.reachback.intent.chat.web.ChatResponses.ChatOpened;
import org.reachback.intent.chat.web.ChatResponses.ChatSummary;
import org.reachback.intent.chat.web.ChatResponses.Intent;
import org.reachback.intent.chat.web.ChatResponses.MessageAccepted;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/chats")
@Tag(name = "Chats", description = "The chat widget's API")
class ChatController {

	private final ChatService chats;

	private final ChatRepository repository;

	private final ChatAccess access;

	private final BrandOrigins origins;

	ChatController(ChatService chats, ChatRepository repository, ChatAccess access, BrandOrigins origins) {
		this.chats = chats;
		this.repository = repository;
		this.access = access;
		this.origins = origins;
	}

	@PostMapping
	@Operation(summary = "Open a chat with the customer's first message",
			description = "Classifies the message, chooses the brand's bot for its intent and answers with the "
					+ "chat's bearer token, which every other chat route needs. The token is shown only once.")
	@ApiResponse(responseCode = "201", description = "Chat opened")
	@ApiResponse(responseCode = "400", description = "Invalid body")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the brand does not allow")
	@ApiResponse(responseCode = "422", description = "Unknown brand")
	ResponseEntity<ChatOpened> start(@Valid @RequestBody StartChat request,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ORIGIN, required = false) String origin) {
		origins.check(request.brand(), origin);
		ChatService.OpenedChat opened = chats.start(request.brand(), request.message().strip(),
				request.customerOrAnonymous());
		UUID chatId = opened.chat().chatId();
		return ResponseEntity.created(URI.create("/api/v1/chats/" + chatId))
			.body(new ChatOpened(chatId, opened.token().value(),
					new Intent(opened.intent().name(), opened.intent().confidence()), opened.chat().bot()));
	}

	@GetMapping("/{chatId}")
	@Operation(summary = "The chat: brand, bot, and the agent in it, if any")
	@SecurityRequirement(name = "chatToken")
	@ApiResponse(responseCode = "200", description = "The chat")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such chat for this token")
	ChatSummary chat(@PathVariable UUID chatId, @Parameter(hidden = true) ChatToken token) {
		access.require(chatId, token);
		Chat chat = repository.find(chatId).orElseThrow(() -> new ChatNotFoundException(chatId));
		return new ChatSummary(chatId, chat.brand(), chat.bot(), chat.startedAt(), chat.agentName());
	}

	@PostMapping("/{chatId}/messages")
	@Operation(summary = "Send a customer message",
			description = "Goes to the agent while one is in the chat, else to the chat's bot.")
	@SecurityRequirement(name = "chatToken")
	@ApiResponse(responseCode = "202", description = "Accepted; replies arrive on the event stream")
	@ApiResponse(responseCode = "400", description = "Invalid body")
	@ApiResponse(responseCode = "401", description = "No chat token, or it expired")
	@ApiResponse(responseCode = "403", description = "From a page whose origin the chat's brand does not allow")
	@ApiResponse(responseCode = "404", description = "No such chat for this token")
	ResponseEntity<MessageAccepted> post(@PathVariable UUID chatId, @Parameter(hidden = true) ChatToken token,
			@Valid @RequestBody PostMessage message) {
		UUID messageId = chats.post(chatId, token, message.text().strip());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new MessageAccepted(messageId));
	}

}
