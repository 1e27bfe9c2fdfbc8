package org.reachback.chatbot.bot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reachback.events.IntentMatch;

import static org.assertj.core.api.Assertions.assertThat;

class ClarificationTest {

	private final Bot billing = new Bot("billing", 0.6, 0.1, null, Map.of("account_balance", "check your balance"),
			Map.of("account_balance", List.of(Step.answer("Under Account > Billing.")), "payment_methods",
					List.of(Step.answer("Cards and PayPal."))));

	private final Clarification question = new Clarification("account_balance", "payment_methods");

	@Test
	void theQuestionNamesBothIntentsInCustomerWords() {
		assertThat(question.question(billing))
			.isEqualTo("Just to be sure I get it right, which did you mean: 1) check your balance, or 2) payment methods?");
	}

	@Test
	void ordinalsChooseByPosition() {
		assertThat(question.choiceIn(billing, "The second one, please!", outOfScope())).contains("payment_methods");
		assertThat(question.choiceIn(billing, "the first", null)).contains("account_balance");
		assertThat(question.choiceIn(billing, "2", null)).contains("payment_methods");
		assertThat(question.choiceIn(billing, "1st", null)).contains("account_balance");
		assertThat(question.choiceIn(billing, "The latter.", null)).contains("payment_methods");
	}

	@Test
	void aLabelOrAnIntentsNameChoosesThatIntent() {
		assertThat(question.choiceIn(billing, "I want to check your balance thing", null)).contains("account_balance");
		assertThat(question.choiceIn(billing, "Payment methods", null)).contains("payment_methods");
		assertThat(question.choiceIn(billing, "my account balance", null)).contains("account_balance");
	}

	@Test
	void theRepliesIntentChoosesWhenTheWordsDoNot() {
		assertThat(question.choiceIn(billing, "how much do I owe?", match("account_balance", 0.3))).contains("account_balance");
		assertThat(question.choiceIn(billing, "can I use PayPal", match("payment_methods", 0.9))).contains("payment_methods");
	}

	@Test
	void aReplyChoosingNeitherOrBothChoosesNothing() {
		assertThat(question.choiceIn(billing, "neither, where is my parcel?", match("track_order", 0.9))).isEmpty();
		assertThat(question.choiceIn(billing, "the first and the second", match("account_balance", 0.9))).isEmpty();
		assertThat(question.choiceIn(billing, "something else", outOfScope())).isEmpty();
		assertThat(question.choiceIn(billing, "", null)).isEmpty();
		assertThat(question.choiceIn(billing, null, null)).isEmpty();
	}

	@Test
	void anOutOfScopeReplyDoesNotChooseByItsBestGuess() {
		IntentMatch outOfScope = new IntentMatch("payment_methods", 0.2, true, false,
				List.of(new IntentMatch.Candidate("payment_methods", 0.2)));

		assertThat(question.choiceIn(billing, "hmm", outOfScope)).isEmpty();
	}

	private static IntentMatch outOfScope() {
		return new IntentMatch(IntentMatch.OUT_OF_SCOPE, 0.15, true, false, List.of());
	}

	private static IntentMatch match(String intent, double confidence) {
		return new IntentMatch(intent, confidence, false, false, List.of(new IntentMatch.Candidate(intent, confidence)));
	}

}
