package org.reachback.chatbot.queue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachback.chatbot.support.ChatEvents;
import org.reachback.chatbot.support.ChatOverKafka;
import org.reachback.events.CallbackOption;
import org.reachback.events.HandoverReason;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.testing.ServiceIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.chatbot.support.ChatEvents.intent;

/**
 * When interaction-manager's views are not there (not migrated yet), prompts still go out, with an
 * unknown wait and no slots, and the problem is logged once rather than for every message.
 */
@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@Sql("classpath:contract/interaction-views-contract-fixture.sql")
class QueueViewsMissingIntegrationTests extends ChatOverKafka {

	@Autowired
	JdbcClient jdbc;

	/** Reads the views once first, so whatever earlier tests did, their absence is news now. */
	@BeforeEach
	void hideTheViewsAfterTheyWereRead() {
		awaitPrompt(prompted(new ChatEvents("billing")));
		jdbc.sql("alter table interaction.queue_status_view rename to queue_status_view_hidden").update();
		jdbc.sql("alter table interaction.callback_availability_view rename to callback_availability_view_hidden").update();
	}

	@AfterEach
	void restoreTheViews() {
		jdbc.sql("alter table interaction.queue_status_view_hidden rename to queue_status_view").update();
		jdbc.sql("alter table interaction.callback_availability_view_hidden rename to callback_availability_view").update();
	}

	@Test
	void promptsGoOutWithAnUnknownWaitAndNoSlots(CapturedOutput output) {
		ChatEvents first = new ChatEvents("billing");
		ChatEvents second = new ChatEvents("billing");

		for (ChatEvents chat : List.of(prompted(first), prompted(second))) {
			CallbackOffered prompt = awaitPrompt(chat);
			assertThat(prompt.reason()).isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
			assertThat(prompt.estimatedWaitSeconds()).isNull();
			assertThat(prompt.slots()).isEmpty();
			assertThat(prompt.options()).containsExactly(CallbackOption.CALLBACK_ASAP, CallbackOption.KEEP_CHATTING);
			assertThat(prompt.text()).contains("No agent is free right now");
		}
		assertThat(output.getAll().split("Cannot read interaction.queue_status_view", -1)).hasSize(2);
		assertThat(output.getAll().split("Cannot read interaction.callback_availability_view", -1)).hasSize(2);
	}

	private ChatEvents prompted(ChatEvents chat) {
		intentService.publish(Topics.CHAT, chat.started("I was charged twice", intent("billing_dispute", 0.93)));
		return chat;
	}

	private CallbackOffered awaitPrompt(ChatEvents chat) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInSameThread()
			.until(() -> bots.of(chat.chatId(), CallbackOffered.class), prompts -> !prompts.isEmpty())
			.get(0);
	}

}
