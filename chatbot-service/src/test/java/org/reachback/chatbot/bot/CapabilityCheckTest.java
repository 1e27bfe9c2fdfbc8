package org.reachback.chatbot.bot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reachback.events.HandoverReason;
import org.reachback.events.IntentMatch;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilityCheckTest {

	private final Bot billing = new Bot("billing", 0.5,
			Map.of("account_balance", List.of(Step.answer("Your balance is under Account > Billing."))));

	@Test
	void aHandledIntentAboveTheThresholdIsAnswered() {
		Verdict verdict = CapabilityCheck.check("billing", billing, match("account_balance", 0.93));

		assertThat(verdict.answers()).isTrue();
		assertThat(verdict.reason()).isNull();
		assertThat(verdict.detail()).isEqualTo("intent account_balance answered by bot billing (confidence 0.93)");
	}

	@Test
	void anIntentTheBotDoesNotHandleIsOffered() {
		Verdict verdict = CapabilityCheck.check("billing", billing, match("billing_dispute", 0.97));

		assertThat(verdict.answers()).isFalse();
		assertThat(verdict.reason()).isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
		assertThat(verdict.detail()).isEqualTo("intent billing_dispute is not handled by bot billing");
	}

	@Test
	void aConfidenceBelowTheThresholdIsOffered() {
		Verdict verdict = CapabilityCheck.check("billing", billing, match("account_balance", 0.31));

		assertThat(verdict.reason()).isEqualTo(HandoverReason.LOW_CONFIDENCE);
		assertThat(verdict.detail()).isEqualTo("confidence 0.31 below threshold 0.50 for intent account_balance");
	}

	@Test
	void aConfidenceExactlyAtTheThresholdIsTrusted() {
		assertThat(CapabilityCheck.check("billing", billing, match("account_balance", 0.5)).answers()).isTrue();
	}

	@Test
	void askingForAPersonIsOfferedByAnyBot() {
		Verdict verdict = CapabilityCheck.check("billing", billing, match(CapabilityCheck.HUMAN_AGENT, 0.99));

		assertThat(verdict.reason()).isEqualTo(HandoverReason.HUMAN_REQUESTED);
	}

	@Test
	void anOutOfScopeMessageIsOfferedWhateverItsBestGuess() {
		IntentMatch outOfScope = new IntentMatch(IntentMatch.OUT_OF_SCOPE, 0.12, true, false, List.of());
		IntentMatch flaggedOnly = new IntentMatch("account_balance", 0.9, true, false, List.of());

		assertThat(CapabilityCheck.check("billing", billing, outOfScope).reason()).isEqualTo(HandoverReason.OUT_OF_SCOPE);
		assertThat(CapabilityCheck.check("billing", billing, flaggedOnly).reason()).isEqualTo(HandoverReason.OUT_OF_SCOPE);
		assertThat(CapabilityCheck.check("billing", billing, null).reason()).isEqualTo(HandoverReason.OUT_OF_SCOPE);
	}

	@Test
	void theMostFundamentalReasonWins() {
		assertThat(CapabilityCheck.check("billing", billing, match(CapabilityCheck.HUMAN_AGENT, 0.1)).reason())
			.isEqualTo(HandoverReason.HUMAN_REQUESTED);
		assertThat(CapabilityCheck.check("billing", billing, match("billing_dispute", 0.1)).reason())
			.isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
	}

	private static IntentMatch match(String intent, double confidence) {
		return new IntentMatch(intent, confidence, false, false, List.of(new IntentMatch.Candidate(intent, confidence)));
	}

}
