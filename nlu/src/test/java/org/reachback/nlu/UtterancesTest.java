package org.reachback.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;

class UtterancesTest {

	@Test
	void readsJsonLinesIgnoringBlankLinesAndUnknownFields() throws Exception {
		String lines = """
				{"text": "where is my order", "intent": "track_order"}

				{"text": "what's the weather", "intent": "oos", "source": "clinc"}
				""";

		List<Utterance> utterances = Utterances.readJsonLines(new StringReader(lines));

		assertThat(utterances).containsExactly(new Utterance("where is my order", "track_order"),
				new Utterance("what's the weather", "oos"));
		assertThat(utterances.get(1).isOutOfScope()).isTrue();
	}

	@Test
	void rejectsALineWithoutIntent() {
		assertThatNullPointerException().isThrownBy(() -> new Utterance("hello", null));
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> Utterances.readJsonLines(new StringReader("{\"text\": \"hello\"}")));
	}

	@Test
	void stratifiedSplitHoldsOutPartOfEveryIntentAndLosesNothing() {
		List<Utterance> all = CustomerServiceData.train();

		var split = Utterances.stratifiedSplit(all, 0.25, 1);

		assertThat(split.heldOut()).hasSize(33);
		assertThat(split.heldOut()).extracting(Utterance::intent)
			.hasSameElementsAs(new HashSet<>(all.stream().map(Utterance::intent).toList()));
		assertThat(split.train().size() + split.heldOut().size()).isEqualTo(all.size());
		assertThat(split.train()).doesNotContainAnyElementsOf(split.heldOut());
		assertThat(Utterances.stratifiedSplit(all, 0.25, 1)).isEqualTo(split);
	}
}
