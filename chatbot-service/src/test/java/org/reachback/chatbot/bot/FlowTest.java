package org.reachback.chatbot.bot;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FlowTest {

	private final List<Step> trackOrder = List.of(Step.ask("What's your order number?", "order"),
			Step.answer("Order {order} is on its way."));

	@Test
	void aPlainAnswerIsSpokenAndTheFlowEnds() {
		FlowOutcome outcome = Flow.start(List.of(Step.answer("We're open 8 to 8.")));

		assertThat(outcome.replies()).containsExactly("We're open 8 to 8.");
		assertThat(outcome.waits()).isFalse();
		assertThat(outcome.handsOver()).isFalse();
	}

	@Test
	void aQuestionWaitsForTheCustomersNextMessage() {
		FlowOutcome outcome = Flow.start(trackOrder);

		assertThat(outcome.replies()).containsExactly("What's your order number?");
		assertThat(outcome.waiting()).isEqualTo(new FlowPosition(1, "order", Map.of()));
	}

	@Test
	void theAnswerIsCapturedAndUsedInLaterSteps() {
		FlowPosition waiting = Flow.start(trackOrder).waiting();

		FlowOutcome outcome = Flow.resume(trackOrder, waiting, "  AC-1042 ");

		assertThat(outcome.replies()).containsExactly("Order AC-1042 is on its way.");
		assertThat(outcome.waits()).isFalse();
	}

	@Test
	void answersRunUpToTheNextQuestionAndVariablesAccumulate() {
		List<Step> steps = List.of(Step.answer("Let's find your store."), Step.ask("Which town?", "town"),
				Step.ask("Which street in {town}?", "street"), Step.answer("Nearest to {street}, {town}: Briggate."));

		FlowOutcome first = Flow.start(steps);
		FlowOutcome second = Flow.resume(steps, first.waiting(), "Leeds");
		FlowOutcome third = Flow.resume(steps, second.waiting(), "Boar Lane");

		assertThat(first.replies()).containsExactly("Let's find your store.", "Which town?");
		assertThat(second.replies()).containsExactly("Which street in Leeds?");
		assertThat(second.waiting().variables()).containsEntry("town", "Leeds");
		assertThat(third.replies()).containsExactly("Nearest to Boar Lane, Leeds: Briggate.");
	}

	@Test
	void aHandoverEndsTheFlowWithItsReason() {
		List<Step> steps = List.of(Step.ask("What do you see?", "symptom"), Step.handover("app fails: {symptom}"),
				Step.answer("never said"));

		FlowOutcome outcome = Flow.resume(steps, Flow.start(steps).waiting(), "a blank screen");

		assertThat(outcome.handsOver()).isTrue();
		assertThat(outcome.handover()).isEqualTo("app fails: a blank screen");
		assertThat(outcome.replies()).isEmpty();
		assertThat(outcome.waits()).isFalse();
	}

	@Test
	void unknownVariablesAndReplacementCharactersAreLeftAsWritten() {
		assertThat(Flow.fill("Order {order} for {name}", Map.of("order", "$1 \\ AC"))).isEqualTo("Order $1 \\ AC for {name}");
	}

	@Test
	void aStepIsExactlyOneThingAndAQuestionNamesItsVariable() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Step("Which order?", "order", "Thanks", null))
			.withMessageContaining("exactly one of ask, answer or handover");
		assertThatIllegalArgumentException().isThrownBy(() -> new Step(null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Step("Which order?", " ", null, null))
			.withMessageContaining("needs 'into'");
	}

}
