package org.reachback.launcher.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.reachback.launcher.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer's side of the chat API, asynchronous throughout so that the open loop never waits
 * for an answer: open a chat and its event stream, write in it, answer a callback prompt. One HTTP
 * client with a small pool of its own threads serves every request and every open stream.
 */
final class ChatClient implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BASE = "http://localhost:" + Service.INTENT.port();

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	private final HttpClient http = HttpClient.newBuilder()
		.executor(threads)
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	/** Opens a chat of the demo brand with its first message; fails on a refusal. */
	CompletableFuture<ChatStream> open(String message) {
		return http.sendAsync(post("/api/v1/chats", null, Map.of("brand", "acme", "message", message)),
					HttpResponse.BodyHandlers.ofString())
			.thenApply(created -> {
				if (created.statusCode() != 201) {
					throw new IllegalStateException("chat refused: " + created.statusCode() + " " + created.body());
				}
				JsonNode chat = JSON.readTree(created.body());
				return new ChatStream(chat.path("chatId").asString(), chat.path("token").asString());
			});
	}

	/** Follows the chat's events from its first entry; the stream's lines go to {@code stream}. */
	void follow(ChatStream stream) {
		HttpRequest events = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/chats/" + stream.chatId + "/events"))
			.header("Authorization", "Bearer " + stream.token)
			.header("Accept", "text/event-stream")
			.GET()
			.build();
		http.sendAsync(events, HttpResponse.BodyHandlers.fromLineSubscriber(stream))
			.whenComplete((response, failure) -> {
				if (failure != null || response.statusCode() != 200) {
					stream.ended.complete(null);
				}
			});
	}

	/** Writes in the chat; completes with the answer's status (202 when taken). */
	CompletableFuture<Integer> write(ChatStream chat, String text) {
		return http
			.sendAsync(post("/api/v1/chats/" + chat.chatId + "/messages", chat.token, Map.of("text", text)),
					HttpResponse.BodyHandlers.discarding())
			.thenApply(HttpResponse::statusCode);
	}

	/** Takes the callback the prompt offers, in the chat, for {@code phone}; completes with the status (202 when booked). */
	CompletableFuture<Integer> takeCallback(ChatStream chat, String promptId, String phone) {
		return http
			.sendAsync(post("/api/v1/chats/" + chat.chatId + "/prompts/" + promptId, chat.token,
					Map.of("option", "callback-asap", "phone", phone, "media", "chat")),
					HttpResponse.BodyHandlers.discarding())
			.thenApply(HttpResponse::statusCode);
	}

	/** A GET that does nothing but answer: the floor of an HTTP round trip to a service. */
	CompletableFuture<Integer> ping(int port) {
		return http
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness")).GET().build(),
					HttpResponse.BodyHandlers.discarding())
			.thenApply(HttpResponse::statusCode);
	}

	private static HttpRequest post(String path, String token, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		return token == null ? request.build() : request.header("Authorization", "Bearer " + token).build();
	}

	@Override
	public void close() {
		threads.shutdownNow();
	}

}
