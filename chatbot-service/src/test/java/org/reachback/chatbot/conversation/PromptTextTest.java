package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reachback.chatbot.queue.QueueOutlook;
import org.reachback.events.HandoverReason;

import static org.assertj.core.api.Assertions.assertThat;

class PromptTextTest {

	@Test
	void theWaitIsGivenInWholeMinutes() {
		assertThat(PromptText.of(HandoverReason.INTENT_NOT_HANDLED, new QueueOutlook(420, List.of())))
			.isEqualTo("I can't help with that here, but an agent can call you. About 7 minutes' wait right now.");
		assertThat(PromptText.waiting(75)).isEqualTo("About 1 minute's wait right now.");
		assertThat(PromptText.waiting(20)).isEqualTo("Less than a minute's wait right now.");
	}

	@Test
	void anUnknownWaitSaysNoAgentIsFree() {
		assertThat(PromptText.of(HandoverReason.LOW_CONFIDENCE, QueueOutlook.unknown()))
			.contains("No agent is free right now");
	}

	@Test
	void slotsAreMentionedOnlyWhenThereAreSome() {
		QueueOutlook withSlots = new QueueOutlook(600, List.of(Instant.parse("2030-01-07T10:00:00Z")));

		assertThat(PromptText.of(HandoverReason.HUMAN_REQUESTED, withSlots))
			.isEqualTo("Of course, an agent can call you. About 10 minutes' wait right now. Or pick a time that suits you.");
		assertThat(PromptText.of(HandoverReason.HUMAN_REQUESTED, new QueueOutlook(600, List.of())))
			.doesNotContain("pick a time");
	}

}
