package org.reachback.chatbot.bot;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Binds the real application.yml (which imports the demo brand's bots) without starting the service. */
class BotCatalogBindingTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(CatalogOnly.class);

	@Test
	void everyDemoBotIsDeclaredWithItsQueueAndIntents() {
		runner.run(context -> {
			BotCatalog catalog = context.getBean(BotCatalog.class);
			assertThat(catalog.brands()).containsOnlyKeys("acme");
			assertThat(catalog.brands().get("acme").bots()).containsOnlyKeys("faq", "billing", "orders", "tech-support");
			assertThat(bot(catalog, "faq").intentNames()).containsExactlyInAnyOrder("opening_hours", "contact_details",
					"store_locations");
			assertThat(bot(catalog, "billing").intentNames()).containsExactlyInAnyOrder("account_balance",
					"payment_methods", "refund_status");
			assertThat(bot(catalog, "orders").intentNames()).containsExactlyInAnyOrder("track_order", "delivery_times",
					"returns");
			assertThat(bot(catalog, "tech-support").intentNames()).containsExactlyInAnyOrder("password_reset",
					"app_not_working");
			assertThat(catalog.brands().get("acme").bots()).allSatisfy((name, bot) -> assertThat(bot.queue()).isEqualTo(name));
			assertThat(bot(catalog, "billing").confidenceThreshold()).isEqualTo(0.6);
		});
	}

	@Test
	void theBillingBotDoesNotHandleBillingDisputes() {
		runner.run(context -> assertThat(bot(context.getBean(BotCatalog.class), "billing").handles("billing_dispute"))
			.isFalse());
	}

	@Test
	void plainTextIsOneAnswerStepEvenWithCommas() {
		runner.run(context -> {
			assertThat(bot(context.getBean(BotCatalog.class), "faq").stepsFor("opening_hours")).singleElement()
				.satisfies(step -> {
					assertThat(step.kind()).isEqualTo(Step.Kind.ANSWER);
					assertThat(step.answer()).startsWith("We're open Monday to Friday from 8am to 8pm and on Saturdays")
						.contains(", closed on Sundays");
				});
		});
	}

	@Test
	void trackOrderIsAFlowThatAsksForTheOrderNumber() {
		runner.run(context -> {
			assertThat(bot(context.getBean(BotCatalog.class), "orders").stepsFor("track_order"))
				.extracting(Step::kind, Step::into)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Step.Kind.ASK, "order"),
						org.assertj.core.groups.Tuple.tuple(Step.Kind.ANSWER, null));
			assertThat(bot(context.getBean(BotCatalog.class), "orders").stepsFor("track_order").get(1).answer())
				.contains("Order {order} is on its way");
		});
	}

	@Test
	void aBotWithoutAThresholdGetsTheDefault() {
		runner.withPropertyValues("reachback.brands.globex.bots.helper.queue=faq",
				"reachback.brands.globex.bots.helper.intents.opening_hours=Always open.")
			.run(context -> {
				Bot helper = context.getBean(BotCatalog.class).bot("globex", "helper").orElseThrow();
				assertThat(helper.confidenceThreshold()).isEqualTo(0.5);
				assertThat(helper.intents()).containsExactly(entry("opening_hours", java.util.List.of(Step.answer("Always open."))));
			});
	}

	@Test
	void theBillingBotHasItsOwnMarginAThresholdForRefundsAndLabels() {
		runner.run(context -> {
			Bot billing = bot(context.getBean(BotCatalog.class), "billing");
			assertThat(billing.ambiguityMargin()).isEqualTo(0.10);
			assertThat(billing.thresholds()).containsExactly(entry("refund_status", 0.7));
			assertThat(billing.thresholdFor("refund_status")).isEqualTo(0.7);
			assertThat(billing.thresholdFor("account_balance")).isEqualTo(0.6);
			assertThat(billing.labelFor("account_balance")).isEqualTo("check your balance");
			assertThat(billing.labelFor("payment_methods")).isEqualTo("see how you can pay");
			assertThat(billing.stepsFor("refund_status")).singleElement()
				.satisfies(step -> assertThat(step.answer()).startsWith("Refunds go back"));
			assertThat(bot(context.getBean(BotCatalog.class), "faq").ambiguityMargin()).isNull();
		});
	}

	@Test
	void anIntentWithoutALabelIsNamedAfterItself() {
		runner.withPropertyValues("reachback.brands.globex.bots.helper.queue=faq",
				"reachback.brands.globex.bots.helper.intents.opening_hours=Always open.")
			.run(context -> {
				Bot helper = context.getBean(BotCatalog.class).bot("globex", "helper").orElseThrow();
				assertThat(helper.labelFor("opening_hours")).isEqualTo("opening hours");
				assertThat(helper.ambiguityMargin()).isNull();
				assertThat(helper.thresholds()).isEmpty();
			});
	}

	@Test
	void badPerIntentSettingsStopTheServiceFromStarting() {
		ApplicationContextRunner helper = runner.withPropertyValues("reachback.brands.globex.bots.helper.queue=faq",
				"reachback.brands.globex.bots.helper.intents.opening_hours=Always open.");
		helper.withPropertyValues("reachback.brands.globex.bots.helper.thresholds.openinghours=0.7")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("threshold for intent openinghours, but the bot does not answer it"));
		helper.withPropertyValues("reachback.brands.globex.bots.helper.thresholds.opening_hours=1.5")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be between 0 and 1"));
		helper.withPropertyValues("reachback.brands.globex.bots.helper.labels.store_locations=find a store")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("label for intent store_locations"));
		helper.withPropertyValues("reachback.brands.globex.bots.helper.ambiguity-margin=1.2")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("ambiguityMargin"));
	}

	@Test
	void aMisconfiguredBotStopsTheServiceFromStarting() {
		runner.withPropertyValues("reachback.brands.globex.bots.helper.queue=faq",
				"reachback.brands.globex.bots.helper.intents.track_order[0].ask=Which order?")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("needs 'into'"));
		runner.withPropertyValues("reachback.brands.globex.bots.helper.queue= ",
				"reachback.brands.globex.bots.helper.intents.opening_hours=Always open.")
			.run(context -> assertThat(context).hasFailed());
	}

	private static Bot bot(BotCatalog catalog, String name) {
		return catalog.bot("acme", name).orElseThrow(() -> new AssertionError("no bot " + name + " in " + Map.copyOf(catalog.brands())));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(BotCatalog.class)
	@Import(TextAnswerConverter.class)
	static class CatalogOnly {

	}

}
