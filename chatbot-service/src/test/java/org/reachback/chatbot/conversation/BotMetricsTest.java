package org.reachback.chatbot.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.reachback.chatbot.bot.CallbackChange;
import org.reachback.events.HandoverReason;

import static org.assertj.core.api.Assertions.assertThat;

/** Which counter each committed fact moves, and with which tags. */
class BotMetricsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final BotMetrics metrics = new BotMetrics(registry);

	@Test
	void anAnsweredMessageIsCountedWithoutAReasonAndShowsNoPrompt() {
		metrics.on(new MessageDecided("acme", "faq", Decision.Outcome.ANSWERED, null));

		assertThat(count("reachback.bot.messages", "bot", "faq", "outcome", "answered", "reason", "none")).isEqualTo(1);
		assertThat(registry.find("reachback.bot.offers").counters()).isEmpty();
	}

	@Test
	void anOfferedMessageCountsTheMessageAndThePromptShown() {
		metrics.on(new MessageDecided("acme", "billing", Decision.Outcome.OFFERED, Decision.Reason.INTENT_NOT_HANDLED));
		metrics.on(new MessageDecided("acme", "billing", Decision.Outcome.OFFERED, Decision.Reason.INTENT_NOT_HANDLED));

		assertThat(count("reachback.bot.messages", "bot", "billing", "outcome", "offered", "reason",
				"INTENT_NOT_HANDLED")).isEqualTo(2);
		assertThat(count("reachback.bot.offers", "bot", "billing", "reason", "INTENT_NOT_HANDLED")).isEqualTo(2);
	}

	@Test
	void aPromptShownAgainAfterItsSlotFilledCountsAsAPromptButNoMessage() {
		metrics.on(new PromptReoffered("acme", "faq", HandoverReason.HUMAN_REQUESTED));

		assertThat(count("reachback.bot.offers", "bot", "faq", "reason", "HUMAN_REQUESTED")).isEqualTo(1);
		assertThat(registry.find("reachback.bot.messages").counters()).isEmpty();
	}

	@Test
	void aQuestionIsCountedAsAskedForAmbiguity() {
		metrics.on(new MessageDecided("acme", "billing", Decision.Outcome.ASKED, Decision.Reason.AMBIGUOUS));

		assertThat(count("reachback.bot.messages", "bot", "billing", "outcome", "asked", "reason", "AMBIGUOUS"))
			.isEqualTo(1);
		assertThat(registry.find("reachback.bot.offers").counters()).isEmpty();
	}

	@Test
	void requestsToChangeTheCallbackAreCountedByChangeAndResult() {
		metrics.on(new CallbackChangeAnswered("acme", "orders", CallbackChange.MOVE, CallbackChanges.Result.REQUESTED));
		metrics.on(new CallbackChangeAnswered("acme", "orders", CallbackChange.MOVE, CallbackChanges.Result.NO_TIME));
		metrics.on(new CallbackChangeAnswered("acme", "orders", CallbackChange.CANCEL,
				CallbackChanges.Result.NO_CALLBACK));

		assertThat(count("reachback.bot.callback.changes", "bot", "orders", "change", "move", "result", "requested"))
			.isEqualTo(1);
		assertThat(count("reachback.bot.callback.changes", "bot", "orders", "change", "move", "result", "no_time"))
			.isEqualTo(1);
		assertThat(count("reachback.bot.callback.changes", "bot", "orders", "change", "cancel", "result",
				"no_callback")).isEqualTo(1);
		assertThat(registry.find("reachback.bot.messages").counters()).as("the decision counts the message").isEmpty();
	}

	@Test
	void promptAnswersAreCountedByOutcome() {
		metrics.on(new PromptResolved("acme", "billing", HandoverReason.LOW_CONFIDENCE, Prompt.Outcome.ACCEPTED));
		metrics.on(new PromptResolved("acme", "billing", HandoverReason.LOW_CONFIDENCE, Prompt.Outcome.DECLINED));
		metrics.on(new PromptResolved("acme", "billing", HandoverReason.LOW_CONFIDENCE, Prompt.Outcome.DECLINED));

		assertThat(count("reachback.bot.offer.answers", "bot", "billing", "reason", "LOW_CONFIDENCE", "outcome",
				"accepted")).isEqualTo(1);
		assertThat(count("reachback.bot.offer.answers", "bot", "billing", "reason", "LOW_CONFIDENCE", "outcome",
				"declined")).isEqualTo(2);
	}

	@Test
	void clarificationsAreCountedAsChosenOrDropped() {
		metrics.on(new ClarificationResolved("acme", "billing", true));
		metrics.on(new ClarificationResolved("acme", "billing", false));

		assertThat(count("reachback.bot.clarifications", "bot", "billing", "outcome", "chosen")).isEqualTo(1);
		assertThat(count("reachback.bot.clarifications", "bot", "billing", "outcome", "dropped")).isEqualTo(1);
	}

	private double count(String name, String... tags) {
		Counter counter = registry.find(name).tag("brand", "acme").tags(tags).counter();
		return counter == null ? 0 : counter.count();
	}

}
