package org.reachback.intent.prompt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackOption;
import org.reachback.events.Media;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptTest {

	private static final List<Media> BOTH = List.of(Media.VOICE, Media.CHAT);

	@Test
	void theSameAnswerIsTheSameOptionSlotAndMedium() {
		Instant slot = Instant.parse("2030-03-07T10:00:00Z");
		Prompt answered = new Prompt(UUID.randomUUID(), UUID.randomUUID(), "billing", "billing",
				List.of(CallbackOption.CALLBACK_SCHEDULED), BOTH, List.of(slot), CallbackOption.CALLBACK_SCHEDULED, slot,
				Media.CHAT, UUID.randomUUID());

		assertThat(answered.answered()).isTrue();
		assertThat(answered.answeredWith(CallbackOption.CALLBACK_SCHEDULED, slot, Media.CHAT)).isTrue();
		assertThat(answered.answeredWith(CallbackOption.CALLBACK_SCHEDULED, slot, null)).as("no medium named").isTrue();
		assertThat(answered.answeredWith(CallbackOption.CALLBACK_SCHEDULED, slot, Media.VOICE)).isFalse();
		assertThat(answered.answeredWith(CallbackOption.CALLBACK_SCHEDULED, slot.plusSeconds(1800), null)).isFalse();
		assertThat(answered.answeredWith(CallbackOption.CALLBACK_ASAP, null, null)).isFalse();
	}

	@Test
	void theMediumIsTheChosenOneElseACallWhenThereIsANumberElseAChat() {
		Prompt prompt = open(BOTH);

		assertThat(prompt.medium(Media.CHAT, "+44 20 7946 0958")).isEqualTo(Media.CHAT);
		assertThat(prompt.medium(Media.VOICE, "+44 20 7946 0958")).isEqualTo(Media.VOICE);
		assertThat(prompt.medium(null, "+44 20 7946 0958")).isEqualTo(Media.VOICE);
		assertThat(prompt.medium(null, null)).isEqualTo(Media.CHAT);
		assertThat(prompt.medium(null, " ")).isEqualTo(Media.CHAT);
		assertThat(prompt.medium(Media.CHAT, null)).isEqualTo(Media.CHAT);
	}

	@Test
	void aCallNeedsANumberAndAMediumMustBeOffered() {
		assertThatThrownBy(() -> open(BOTH).medium(Media.VOICE, ""))
			.isInstanceOfSatisfying(ErrorResponseException.class, rejected -> {
				assertThat(rejected.getStatusCode().value()).isEqualTo(422);
				assertThat(rejected.getBody().getDetail()).isEqualTo(Prompt.PHONE_NEEDED_FOR_A_CALL)
					.contains("phone number is required for a call");
				assertThat(rejected.getBody().getProperties()).as("the field to correct, for the widget")
					.containsEntry("errors", List.of(Map.of("field", "phone", "message", Prompt.PHONE_NEEDED_FOR_A_CALL)));
			});
		assertThatThrownBy(() -> open(List.of(Media.VOICE)).medium(Media.CHAT, "+44 20 7946 0958"))
			.isInstanceOfSatisfying(ErrorResponseException.class, rejected -> {
				assertThat(rejected.getStatusCode().value()).isEqualTo(422);
				assertThat(rejected.getBody().getDetail()).isEqualTo("This prompt does not offer 'chat'; choose one of [voice]");
				assertThat(rejected.getBody().getProperties()).extracting("errors").asString().contains("field=media");
			});
		assertThat(open(List.of()).medium(Media.CHAT, "+44 20 7946 0958")).as("an older bot's prompt names none")
			.isEqualTo(Media.CHAT);
	}

	@Test
	void optionsHaveTheNamesTheWidgetUses() {
		assertThat(PromptOption.of(CallbackOption.CALLBACK_ASAP).apiName()).isEqualTo("callback-asap");
		assertThat(PromptOption.named("keep-chatting").option()).isEqualTo(CallbackOption.KEEP_CHATTING);
		assertThat("callback-scheduled").matches(PromptOption.PATTERN);
		assertThatThrownBy(() -> PromptOption.named("later")).isInstanceOf(IllegalArgumentException.class);
	}

	private static Prompt open(List<Media> media) {
		return new Prompt(UUID.randomUUID(), UUID.randomUUID(), "billing", "billing",
				List.of(CallbackOption.CALLBACK_ASAP, CallbackOption.KEEP_CHATTING), media, List.of(), null, null, null,
				null);
	}

}
