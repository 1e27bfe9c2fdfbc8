package org.reachback.chatbot.bot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reachback.events.HandoverReason;
import org.reachback.events.IntentMatch;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilityCheckTest {

	private static final Map<String, List<Step>> BILLING_INTENTS = Map.of("account_balance",
			List.of(Step.answer("Your balance is under Account > Billing.")), "payment_methods",
			List.of(Step.answer("We take cards and PayPal.")), "refund_status",
			List.of(Step.answer("Refunds take 5 working days.")));

	private final Bot billing = new Bot("billing", 0.5, null, null, null, BILLING_INTENTS);

	/** Billing with a margin of its own and a stricter threshold for refunds. */
	private final Bot strictBilling = new Bot("billing", 0.5, 0.10, Map.of("refund_status", 0.7), null,
			BILLING_INTENTS);

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

	@Test
	void anIntentsOwnThresholdTakesPrecedenceOverTheBots() {
		Verdict refund = CapabilityCheck.check("billing", strictBilling, match("refund_status", 0.65));

		assertThat(refund.reason()).isEqualTo(HandoverReason.LOW_CONFIDENCE);
		assertThat(refund.detail())
			.isEqualTo("confidence 0.65 below threshold 0.70 for intent refund_status (the intent's own threshold)");
		assertThat(CapabilityCheck.check("billing", strictBilling, match("refund_status", 0.7)).answers()).isTrue();
		assertThat(CapabilityCheck.check("billing", billing, match("refund_status", 0.65)).answers()).isTrue();
	}

	@Test
	void anIntentWithoutItsOwnThresholdUsesTheBots() {
		assertThat(CapabilityCheck.check("billing", strictBilling, match("account_balance", 0.55)).answers()).isTrue();
		assertThat(CapabilityCheck.check("billing", strictBilling, match("account_balance", 0.45)).detail())
			.isEqualTo("confidence 0.45 below threshold 0.50 for intent account_balance");
	}

	@Test
	void twoOfTheBotsIntentsCloserThanItsMarginAreAskedAbout() {
		Verdict verdict = CapabilityCheck.check("billing", strictBilling,
				close("account_balance", 0.46, "payment_methods", 0.44, false));

		assertThat(verdict.asks()).isTrue();
		assertThat(verdict.answers()).isFalse();
		assertThat(verdict.reason()).isNull();
		assertThat(verdict.clarification()).isEqualTo(new Clarification("account_balance", "payment_methods"));
		assertThat(verdict.detail()).isEqualTo(
				"intents account_balance (0.46) and payment_methods (0.44) are closer than the margin 0.10 of bot billing;"
						+ " asked which one was meant");
	}

	@Test
	void closeIntentsAreAskedAboutEvenWhenBothAreBelowTheThreshold() {
		assertThat(CapabilityCheck.check("billing", strictBilling,
				close("refund_status", 0.41, "account_balance", 0.38, false)).clarification())
			.isEqualTo(new Clarification("refund_status", "account_balance"));
	}

	@Test
	void candidatesAtLeastTheMarginApartAreNotAskedAbout() {
		Verdict clear = CapabilityCheck.check("billing", strictBilling,
				close("account_balance", 0.80, "payment_methods", 0.15, true));
		Verdict exactlyTheMargin = CapabilityCheck.check("billing", strictBilling,
				close("account_balance", 0.60, "payment_methods", 0.50, false));

		assertThat(clear.answers()).isTrue();
		assertThat(exactlyTheMargin.answers()).isTrue();
		assertThat(exactlyTheMargin.detail()).isEqualTo("intent account_balance answered by bot billing (confidence 0.60)");
	}

	@Test
	void whenOneOfTheCloseIntentsIsNotTheBotsTheBestIsCheckedAsUsual() {
		Verdict disputeFirst = CapabilityCheck.check("billing", strictBilling,
				close("billing_dispute", 0.46, "account_balance", 0.44, true));
		Verdict disputeSecond = CapabilityCheck.check("billing", strictBilling,
				close("account_balance", 0.62, "billing_dispute", 0.60, true));
		Verdict personSecond = CapabilityCheck.check("billing", strictBilling,
				close("account_balance", 0.45, CapabilityCheck.HUMAN_AGENT, 0.44, true));

		assertThat(disputeFirst.reason()).isEqualTo(HandoverReason.INTENT_NOT_HANDLED);
		assertThat(disputeSecond.answers()).isTrue();
		assertThat(personSecond.reason()).isEqualTo(HandoverReason.LOW_CONFIDENCE);
		assertThat(personSecond.clarification()).isNull();
	}

	@Test
	void aBotWithoutAMarginOfItsOwnFollowsTheClassifiersFlag() {
		Verdict flagged = CapabilityCheck.check("billing", billing,
				close("account_balance", 0.52, "payment_methods", 0.38, true));
		Verdict notFlagged = CapabilityCheck.check("billing", billing,
				close("account_balance", 0.46, "payment_methods", 0.44, false));

		assertThat(flagged.clarification()).isEqualTo(new Clarification("account_balance", "payment_methods"));
		assertThat(flagged.detail()).isEqualTo(
				"intent analysis found account_balance (0.52) and payment_methods (0.38) ambiguous; asked which one was meant");
		assertThat(notFlagged.asks()).isFalse();
		assertThat(notFlagged.reason()).isEqualTo(HandoverReason.LOW_CONFIDENCE);
	}

	@Test
	void aBotWithAMarginOfItsOwnIgnoresTheClassifiersFlag() {
		assertThat(CapabilityCheck.check("billing", strictBilling,
				close("account_balance", 0.52, "payment_methods", 0.38, true)).answers()).isTrue();
	}

	@Test
	void aFlaggedMatchWithOneCandidateHasNothingToAskAbout() {
		IntentMatch single = new IntentMatch("account_balance", 0.7, false, true,
				List.of(new IntentMatch.Candidate("account_balance", 0.7)));

		assertThat(CapabilityCheck.check("billing", billing, single).answers()).isTrue();
	}

	@Test
	void outOfScopeAndAskingForAPersonComeBeforeAmbiguity() {
		IntentMatch outOfScope = new IntentMatch(IntentMatch.OUT_OF_SCOPE, 0.2, true, true, List.of(
				new IntentMatch.Candidate("account_balance", 0.2), new IntentMatch.Candidate("payment_methods", 0.19)));

		assertThat(CapabilityCheck.check("billing", strictBilling, outOfScope).reason())
			.isEqualTo(HandoverReason.OUT_OF_SCOPE);
		assertThat(CapabilityCheck.check("billing", strictBilling,
				close(CapabilityCheck.HUMAN_AGENT, 0.5, "account_balance", 0.49, true)).reason())
			.isEqualTo(HandoverReason.HUMAN_REQUESTED);
	}

	@Test
	void everyBotChangesTheChatsCallbackThoughNoneDeclaresIt() {
		Verdict cancel = CapabilityCheck.check("billing", billing, match("cancel_callback", 0.93));
		Verdict move = CapabilityCheck.check("billing", strictBilling, match("move_callback", 0.81));

		assertThat(billing.handles("cancel_callback")).isFalse();
		assertThat(cancel.changesCallback()).isTrue();
		assertThat(cancel.change()).isEqualTo(CallbackChange.CANCEL);
		assertThat(cancel.answers()).isFalse();
		assertThat(cancel.reason()).isNull();
		assertThat(cancel.detail())
			.isEqualTo("intent cancel_callback, a callback change, taken by bot billing (confidence 0.93)");
		assertThat(move.change()).isEqualTo(CallbackChange.MOVE);
	}

	@Test
	void aCallbackChangeBelowTheBotsThresholdIsOfferedAsAnyOtherIntent() {
		Verdict unsure = CapabilityCheck.check("billing", billing, match("cancel_callback", 0.38));

		assertThat(unsure.changesCallback()).isFalse();
		assertThat(unsure.reason()).isEqualTo(HandoverReason.LOW_CONFIDENCE);
		assertThat(unsure.detail()).isEqualTo("confidence 0.38 below threshold 0.50 for intent cancel_callback");
	}

	@Test
	void cancelAndMoveTooCloseToTellAreAskedAboutInTheCustomersWords() {
		Verdict verdict = CapabilityCheck.check("billing", strictBilling,
				close("move_callback", 0.48, "cancel_callback", 0.42, false));

		assertThat(verdict.clarification()).isEqualTo(new Clarification("move_callback", "cancel_callback"));
		assertThat(verdict.clarification().question(strictBilling))
			.isEqualTo("Just to be sure I get it right, which did you mean: 1) move your callback, or 2) cancel your "
					+ "callback?");
		assertThat(verdict.clarification().choiceIn(strictBilling, "cancel it please", null)).isEmpty();
		assertThat(verdict.clarification().choiceIn(strictBilling, "I want to cancel your callback", null))
			.contains("cancel_callback");
	}

	private static IntentMatch close(String best, double bestConfidence, String next, double nextConfidence,
			boolean flagged) {
		return new IntentMatch(best, bestConfidence, false, flagged, List.of(new IntentMatch.Candidate(best, bestConfidence),
				new IntentMatch.Candidate(next, nextConfidence)));
	}

	private static IntentMatch match(String intent, double confidence) {
		return new IntentMatch(intent, confidence, false, false, List.of(new IntentMatch.Candidate(intent, confidence)));
	}

}
