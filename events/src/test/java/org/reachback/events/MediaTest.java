package org.reachback.events;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aMediumIsWrittenInLowerCaseAndReadInAnyCase() {
		assertThat(Media.VOICE.wire()).isEqualTo("voice");
		assertThat(Media.of("Chat")).isEqualTo(Media.CHAT);
		assertThat(Media.of(" VOICE ")).isEqualTo(Media.VOICE);
		assertThatThrownBy(() -> Media.of("fax")).hasMessageContaining("\"voice\" or \"chat\"");
		assertThatThrownBy(() -> Media.of(null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void withoutAChoiceAPhoneNumberMeansACallAndNoNumberTheChat() {
		assertThat(Media.orDefault(null, "+442079460958")).isEqualTo(Media.VOICE);
		assertThat(Media.orDefault(null, " ")).isEqualTo(Media.CHAT);
		assertThat(Media.orDefault(null, null)).isEqualTo(Media.CHAT);
		assertThat(Media.orDefault(Media.CHAT, "+442079460958")).isEqualTo(Media.CHAT);
	}

	@Test
	void theContextCarriesItOnTheWireAndAnOlderContextWithoutItReadsAsTheDefault() {
		CallbackContext context = new CallbackContext(null, "acme", "billing", "+442079460958", Media.CHAT, null, null,
				null, null, null);
		String written = json.writeValueAsString(context);

		assertThat(written).contains("\"media\":\"chat\"");
		assertThat(json.readValue(written, CallbackContext.class).media()).isEqualTo(Media.CHAT);
		CallbackContext older = json.readValue("{\"phone\":\"+442079460958\"}", CallbackContext.class);
		assertThat(older.media()).isNull();
		assertThat(older.mediaOrDefault()).isEqualTo(Media.VOICE);
	}

}
