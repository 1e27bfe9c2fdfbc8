package org.reachback.intent.prompt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptTest {

	@Test
	void theSameAnswerIsTheSameOptionAndSlot() {
		Instant slot = Instant.parse("2030-03-07T10:00:00Z");
		Prompt answered = new Prompt(UUID.randomUUID(), UUID.randomUUID(), "billing", "billing",
				List.of(CallbackOption.CALLBACK_SCHEDULED), List.of(slot), CallbackOption.CALLBACK_SCHEDULED, slot,
				UUID.randomUUID());

		assertThat(answered.answered()).isTrue();
		assertThat(answered.answeredWith(CallbackOption.CALLBACK_SCHEDULED, slot)).isTrue();
		assertThat(answered.answeredWith(CallbackOption.CALLBACK_SCHEDULED, slot.plusSeconds(1800))).isFalse();
		assertThat(answered.answeredWith(CallbackOption.CALLBACK_ASAP, null)).isFalse();
	}

	@Test
	void optionsHaveTheNamesTheWidgetUses() {
		assertThat(PromptOption.of(CallbackOption.CALLBACK_ASAP).apiName()).isEqualTo("callback-asap");
		assertThat(PromptOption.named("keep-chatting").option()).isEqualTo(CallbackOption.KEEP_CHATTING);
		assertThat("callback-scheduled").matches(PromptOption.PATTERN);
		assertThatThrownBy(() -> PromptOption.named("later")).isInstanceOf(IllegalArgumentException.class);
	}

}
