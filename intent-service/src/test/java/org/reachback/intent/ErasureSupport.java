package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.testing.TopicWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * What the erasure and retention tests share besides the chat API: this service's tables, to look
 * for what must be gone, a watch on the erasures it asks for, and callbacks ended as
 * callback-service would end them.
 */
abstract class ErasureSupport extends ChatApiSupport {

	@Autowired
	JdbcClient jdbc;

	TopicWatch erasureTopic;

	@BeforeEach
	void watchErasures() {
		erasureTopic = otherServices.watchFromBeginning(Topics.ERASURE);
	}

	@AfterEach
	void stopWatching() {
		erasureTopic.close();
	}

	/** The callback is over, as callback-service tells it, and the customer sees so. */
	void completed(OpenChat chat, UUID callbackId) {
		publish(Topics.CALLBACK, new CallbackCompleted(UUID.randomUUID(), Instant.now(), callbackId, chat.id(),
				UUID.randomUUID()));
		awaitStatus(chat, callbackId, "COMPLETED");
	}

	void awaitStatus(OpenChat chat, UUID callbackId, String status) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> http.get("/api/v1/callbacks/" + callbackId, bearer(chat.token())).body().path("status").asString(),
					status::equals);
	}

}
