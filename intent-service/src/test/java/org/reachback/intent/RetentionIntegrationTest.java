package org.reachback.intent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;
import org.reachback.testing.SchemaRows;
import org.reachback.testing.ServiceIntegrationTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Chats are kept for {@code reachback.privacy.retention} after their last entry, here a day, checked
 * every second, one chat per erasure: the test puts its chats' times two days back in the database
 * (their tokens expire with that, so what is kept is read there too) and waits for the job. A chat
 * with a callback still to happen is kept, however old.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = { "reachback.privacy.retention=1d", "reachback.privacy.retention-check=1s",
		"reachback.privacy.retention-batch=1" })
class RetentionIntegrationTest extends ErasureSupport {

	@Test
	void chatsOlderThanTheRetentionWhoseCallbacksAreOverAreErasedInBatches() {
		OpenChat quiet = startChat("what are your opening hours, old friend");
		OpenChat over = startChat("I was charged twice last winter");
		UUID overCallback = callback(over, true);
		OpenChat waiting = startChat("I was charged twice and still wait");
		UUID waitingCallback = callback(waiting, false);
		OpenChat recent = startChat("where is my order today");

		for (OpenChat chat : List.of(quiet, over, waiting)) {
			twoDaysBack(chat.id());
		}

		PersonalDataErasureRequested quietErased = erasureTopic.await(PersonalDataErasureRequested.class,
				event -> event.chatIds().contains(quiet.id()));
		PersonalDataErasureRequested overErased = erasureTopic.await(PersonalDataErasureRequested.class,
				event -> event.chatIds().contains(over.id()));
		assertThat(List.of(quietErased.reason(), overErased.reason())).containsOnly(Reason.RETENTION);
		assertThat(quietErased.chatIds()).as("one chat per erasure").containsExactly(quiet.id());
		assertThat(quietErased.callbackIds()).isEmpty();
		assertThat(overErased.chatIds()).containsExactly(over.id());
		assertThat(overErased.callbackIds()).containsExactly(overCallback);
		for (String text : List.of("old friend", "last winter", quiet.id().toString(), over.id().toString(),
				overCallback.toString())) {
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(SchemaRows.holding(jdbc, text)).as(text).isZero());
		}
		assertThat(jdbc.sql("select reason, chats, callbacks from erasure where id = ?")
			.param(overErased.erasureId())
			.query((rs, row) -> rs.getString("reason") + " " + rs.getInt("chats") + " " + rs.getInt("callbacks"))
			.single()).isEqualTo("RETENTION 1 1");

		assertThat(SchemaRows.holding(jdbc, "still wait")).as("its callback is still to happen").isPositive();
		assertThat(jdbc.sql("select count(*) from callback_view where callback_id = ?")
			.param(waitingCallback)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(transcript(recent)).isNotEmpty();
		assertThat(erasureTopic.events(PersonalDataErasureRequested.class))
			.noneMatch(event -> event.chatIds().contains(waiting.id()) || event.chatIds().contains(recent.id()));
	}

	/** A callback of the chat, scheduled, then over if {@code completed}, as callback-service would tell it. */
	private UUID callback(OpenChat chat, boolean completed) {
		UUID callbackId = UUID.randomUUID();
		publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), callbackId, chat.id(), "billing",
				null, Instant.parse("2030-03-07T10:00:00Z"), false, null));
		awaitStatus(chat, callbackId, "SCHEDULED");
		if (completed) {
			completed(chat, callbackId);
		}
		return callbackId;
	}

	/** The chat's start, its entries and its callbacks' changes, all two days earlier. */
	private void twoDaysBack(UUID chatId) {
		jdbc.sql("""
				update chat set started_at = started_at - interval '2 days',
				                last_activity_at = last_activity_at - interval '2 days',
				                token_used_at = token_used_at - interval '2 days'
				where chat_id = ?""").param(chatId).update();
		jdbc.sql("update transcript_entry set at = at - interval '2 days' where chat_id = ?").param(chatId).update();
		jdbc.sql("update callback_view set updated_at = updated_at - interval '2 days' where chat_id = ?")
			.param(chatId)
			.update();
	}

}
