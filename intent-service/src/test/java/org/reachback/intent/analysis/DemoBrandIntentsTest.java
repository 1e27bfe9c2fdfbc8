package org.reachback.intent.analysis;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachback.events.IntentMatch;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo brand as configured in {@code brands.yml} recognises messages phrased differently from
 * every one of its examples, and rejects chit-chat.
 */
class DemoBrandIntentsTest {

	static BrandModel acme;

	static BrandsProperties.Brand config;

	@BeforeAll
	static void trainFromTheShippedConfiguration() {
		CatalogueSource shipped = new CatalogueSource(
				new CatalogueProperties("classpath:brands.yml", Duration.ofSeconds(10)), new DefaultResourceLoader());
		config = shipped.read().brands().get("acme");
		acme = BrandModel.train("acme", config);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"when do you open on saturday | opening_hours | faq",
			"what time do you shut on friday | opening_hours | faq",
			"which number should I call to reach you | contact_details | faq",
			"can I email your support team | contact_details | faq",
			"is there a branch in leeds | store_locations | faq",
			"how much is outstanding on my account | account_balance | billing",
			"do you accept mastercard | payment_methods | billing",
			"my refund hasn't arrived | refund_status | billing",
			"I was charged twice for my order | billing_dispute | billing",
			"there's a charge I don't recognise on my card | billing_dispute | billing",
			"where's my parcel | track_order | orders",
			"how long will shipping take to scotland | delivery_times | orders",
			"I want to return these shoes | returns | orders",
			"I can't remember my password | password_reset | tech-support",
			"the app crashes every time I open it | app_not_working | tech-support",
			"I want to speak to a real person | human_agent | faq",
			"put me through to an agent | human_agent | faq" })
	void recognisesDifferentlyPhrasedMessages(String message, String intent, String bot) {
		IntentMatch match = acme.classify(message);

		assertThat(match.outOfScope()).as(message).isFalse();
		assertThat(match.name()).as(message).isEqualTo(intent);
		assertThat(acme.botFor(match)).isEqualTo(bot);
	}

	/**
	 * A customer with a callback tells whichever bot they talk to to cancel or move it: the brand's
	 * own words for it and paraphrases of none of its examples. These intents have no bot of their
	 * own, so a first message goes to the default bot (every bot makes these changes).
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"please cancel my callback | cancel_callback",
			"I don't need the call any more | cancel_callback",
			"cancel the callback | cancel_callback",
			"I don't need you to call me anymore | cancel_callback",
			"I'd like to cancel my call back request | cancel_callback",
			"no longer need the phone call, thanks | cancel_callback",
			"you can cancel the call, I found the answer | cancel_callback",
			"please call off the phone call you arranged | cancel_callback",
			"never mind the callback, all sorted now | cancel_callback",
			"there's no need for anyone to ring me now | cancel_callback",
			"can you move my callback to tomorrow at 3pm? | move_callback",
			"call me at 5 instead | move_callback",
			"can we do the callback on thursday instead | move_callback",
			"I can't make that time, can you call later | move_callback",
			"can you change my callback to 10am | move_callback",
			"could my callback be at half past three instead | move_callback",
			"ring me tomorrow instead please | move_callback",
			"can the call be moved to friday morning | move_callback",
			"I'd like to reschedule the callback for next week | move_callback",
			"is it possible to have the call earlier | move_callback",
			"please push the call to this evening | move_callback" })
	void understandsACustomerCancellingOrMovingTheirCallback(String message, String intent) {
		IntentMatch match = acme.classify(message);

		assertThat(match.outOfScope()).as(message).isFalse();
		assertThat(match.name()).as(message).isEqualTo(intent);
		assertThat(acme.botFor(match)).isEqualTo("faq");
	}

	/**
	 * The callback changes do not steal what was there before them: asking for a callback at a time
	 * (journey 3) is still asking for a person, and cancelling something else is not a callback
	 * change the demo bots would trust (their lowest threshold is 0.5).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Can Maria call me tomorrow at 10?", "Could Maria call me tomorrow at 5pm?",
			"Can Li call me tomorrow at 10?", "can someone ring me tomorrow at 11",
			"I'd like an agent to phone me this evening", "please get someone to call me back on thursday",
			"can Maria call me back at 3pm" })
	void askingForACallbackAtATimeIsStillAskingForAPerson(String message) {
		assertThat(acme.classify(message).name()).as(message).isEqualTo("human_agent");
	}

	@ParameterizedTest
	@ValueSource(strings = { "can you cancel my subscription", "cancel the order I placed yesterday",
			"I'd like to close my account", "stop my membership please", "why was I billed for something I cancelled" })
	void cancellingSomethingElseIsNoCallbackChange(String message) {
		IntentMatch match = acme.classify(message);

		assertThat(match.name().endsWith("_callback") && match.confidence() >= 0.5).as(message + ": " + match)
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "what's the capital of peru", "tell me a story about dragons", "who will win the world cup",
			"how far is the moon" })
	void rejectsWhatNoIntentCovers(String message) {
		IntentMatch match = acme.classify(message);

		assertThat(match.outOfScope()).as(message).isTrue();
		assertThat(match.name()).isEqualTo(IntentMatch.OUT_OF_SCOPE);
		assertThat(acme.botFor(match)).isEqualTo("faq");
	}

	@ParameterizedTest
	@ValueSource(strings = { "opening_hours", "contact_details", "store_locations", "account_balance",
			"payment_methods", "refund_status", "billing_dispute", "track_order", "delivery_times", "returns",
			"password_reset", "app_not_working", "human_agent", "cancel_callback", "move_callback" })
	void everyDemoIntentHasAtLeastTwelveExamples(String intent) {
		assertThat(config.intents().get(intent).examples()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
	}

}
