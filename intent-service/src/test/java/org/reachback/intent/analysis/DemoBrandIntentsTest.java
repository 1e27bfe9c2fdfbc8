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
			"password_reset", "app_not_working", "human_agent" })
	void everyDemoIntentHasAtLeastTwelveExamples(String intent) {
		assertThat(config.intents().get(intent).examples()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
	}

}
