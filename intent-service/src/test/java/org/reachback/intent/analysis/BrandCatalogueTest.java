package org.reachback.intent.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reloading the catalogue file: what is retrained, what only gets new settings, what is refused. */
class BrandCatalogueTest {

	private static final String GREETINGS = """
			reachback:
			  brands:
			    shop:
			      default-bot: faq
			      %s
			      intents:
			        greeting:
			          bot: small-talk
			          %s
			          examples: [ "hello there", "hi", "good morning", "hey, how are you" ]
			        weather:
			          examples: [ "is it raining", "what's the weather", "will it be sunny tomorrow", "forecast for today" ]
			""";

	@TempDir
	Path directory;

	Path file;

	SimpleMeterRegistry registry = new SimpleMeterRegistry();

	BrandCatalogue catalogue;

	@BeforeEach
	void serveTheFirstCatalogue() throws IOException {
		file = directory.resolve("brands.yml");
		write(GREETINGS.formatted("", ""));
		catalogue = catalogue();
	}

	@Test
	void anUnchangedFileIsNeitherParsedNorTrainedAgain() {
		Reload reload = catalogue.reload(false);

		assertThat(reload.outcome()).isEqualTo(Reload.Outcome.UNCHANGED);
		assertThat(reload.hash()).isEqualTo(catalogue.served().hash());
		assertThat(trainings()).isEqualTo(1);
		assertThat(catalogue.lastReload()).isNull();
	}

	@Test
	void newThresholdsApplyWithoutRetraining() throws IOException {
		ServedBrand before = catalogue.served().brands().get("shop");
		assertThat(catalogue.model("shop").classify("hello there").name()).isEqualTo("greeting");

		write(GREETINGS.formatted("nlu: { ambiguity-margin: 0.2 }", "threshold: 1.0"));
		Reload reload = catalogue.reload(false);

		assertThat(reload.outcome()).isEqualTo(Reload.Outcome.APPLIED);
		assertThat(reload.reconfigured()).containsExactly("shop");
		assertThat(reload.retrained()).isEmpty();
		assertThat(trainings()).isEqualTo(1);
		ServedBrand after = catalogue.served().brands().get("shop");
		assertThat(after.trainedAt()).isEqualTo(before.trainedAt());
		assertThat(after.configHash()).isNotEqualTo(before.configHash());
		assertThat(catalogue.model("shop").classify("hello there").outOfScope())
			.as("the greeting threshold of 1.0 now applies")
			.isTrue();
	}

	@Test
	void newExamplesAndNewBrandsAreTrainedAndRemovedBrandsDropped() throws IOException {
		String shop = GREETINGS.formatted("", "").replace("\"hi\",", "\"hi\", \"good evening\",");
		String store = GREETINGS.formatted("", "").replace("reachback:\n  brands:\n", "").replace("shop:", "store:");
		write(shop + store);

		Reload reload = catalogue.reload(false);

		assertThat(reload.retrained()).containsExactly("shop", "store");
		assertThat(trainings()).isEqualTo(3);
		assertThat(catalogue.model("store").classify("is it raining").name()).isEqualTo("weather");

		write(GREETINGS.formatted("", "").replace("shop:", "store:"));
		reload = catalogue.reload(false);

		assertThat(reload.removed()).containsExactly("shop");
		assertThat(reload.retrained()).isEmpty();
		assertThat(trainings()).isEqualTo(3);
		assertThat(catalogue.model("shop")).isNull();
		assertThat(catalogue.model("store")).isNotNull();
		assertThat(registry.counter("reachback.intent.catalogue.reloads", "outcome", "applied").count()).isEqualTo(2);
	}

	@Test
	void anInvalidFileIsRejectedOnceAndTheServedModelsStay() throws IOException {
		BrandModel serving = catalogue.model("shop");
		String servedHash = catalogue.served().hash();

		write(GREETINGS.formatted("", "").replaceAll("examples: \\[ \"is it raining.*", "examples: [ ]"));
		Reload rejection = catalogue.reload(false);

		assertThat(rejection.outcome()).isEqualTo(Reload.Outcome.REJECTED);
		assertThat(rejection.reason()).contains("'weather'", "no examples");
		assertThat(catalogue.model("shop")).isSameAs(serving);
		assertThat(catalogue.served().hash()).isEqualTo(servedHash);
		assertThat(catalogue.lastRejection()).isSameAs(rejection);
		assertThat(catalogue.reload(false)).as("checked again, not validated again").isSameAs(rejection);
		assertThat(catalogue.reload(true)).as("validated again on demand").isNotSameAs(rejection);
		assertThat(registry.get("reachback.intent.catalogue.rejected").gauge().value()).isEqualTo(1);
		assertThat(registry.counter("reachback.intent.catalogue.reloads", "outcome", "rejected").count()).isEqualTo(2);
	}

	@Test
	void aBrandThatCannotWorkRejectsTheWholeFileBeforeAnyTraining() throws IOException {
		write(GREETINGS.formatted("", "") + """
				    broken:
				      intents:
				        greeting:
				          examples: [ "hello" ]
				""");

		Reload reload = catalogue.reload(false);

		assertThat(reload.outcome()).isEqualTo(Reload.Outcome.REJECTED);
		assertThat(reload.reason()).contains("'broken'", "default-bot");
		assertThat(trainings()).isEqualTo(1);
	}

	@Test
	void aFileWithoutBrandsOrNotThereIsRejected() throws IOException {
		write("reachback:\n  chat:\n    heartbeat: 5s\n");
		assertThat(catalogue.reload(false).reason()).contains("no brand");

		write("reachback: [ unclosed");
		assertThat(catalogue.reload(false).reason()).contains("not valid");

		Files.delete(file);
		assertThat(catalogue.reload(false).reason()).contains("Cannot read");
		assertThat(catalogue.model("shop")).isNotNull();
	}

	@Test
	void aCatalogueThatCannotWorkStopsTheStart() throws IOException {
		write(GREETINGS.formatted("", "").replace("default-bot: faq", ""));

		assertThatThrownBy(this::catalogue).isInstanceOf(IllegalStateException.class).hasMessageContaining("default-bot");
	}

	@Test
	void browsersMayCallFromTheOriginsOfTheBrandAndAReloadAppliesAtOnce() throws IOException {
		BrandOrigins origins = new BrandOrigins(catalogue);
		assertThat(origins.all()).isEmpty();
		assertThatThrownBy(() -> origins.check("shop", "https://shop.example"))
			.isInstanceOf(OriginNotAllowedException.class);

		write(GREETINGS.formatted("allowed-origins: [ \"HTTPS://Shop.Example:443\", \"http://localhost:8080\" ]", "")
				+ GREETINGS.formatted("allowed-origins: [ \"https://store.example\", \"http://localhost:8080\" ]", "")
					.replace("reachback:\n  brands:\n", "")
					.replace("shop:", "store:"));
		assertThat(catalogue.reload(false).outcome()).isEqualTo(Reload.Outcome.APPLIED);

		assertThat(origins.all()).containsExactlyInAnyOrder("https://shop.example", "http://localhost:8080",
				"https://store.example");
		origins.check("shop", "https://shop.example");
		origins.check("shop", "http://localhost:8080");
		origins.check("shop", null);
		assertThatThrownBy(() -> origins.check("shop", "https://store.example"))
			.as("another brand's origin")
			.isInstanceOf(OriginNotAllowedException.class)
			.hasMessageContaining("'shop'");
		assertThatThrownBy(() -> origins.check("shop", "null")).isInstanceOf(OriginNotAllowedException.class);
		assertThatThrownBy(() -> origins.check("shop", "https://shop.example.evil.example"))
			.isInstanceOf(OriginNotAllowedException.class);
		assertThatThrownBy(() -> origins.check("gone", "https://shop.example"))
			.isInstanceOf(UnknownBrandException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "https://*.example", "https://shop.example/", "https://shop.example/chat",
			"https://shop.example?widget", "https://shop.example#top", "shop.example", "//shop.example",
			"ftp://shop.example", "https://user@shop.example", "" })
	void anythingButAnOriginRejectsTheFileAndStopsTheStart(String origin) throws IOException {
		write(GREETINGS.formatted("allowed-origins: [ \"" + origin + "\" ]", ""));

		Reload reload = catalogue.reload(false);

		assertThat(reload.outcome()).isEqualTo(Reload.Outcome.REJECTED);
		assertThat(reload.reason()).contains("allowed-origins", "is not an origin");
		assertThat(catalogue.served().brands().get("shop").config().allowedOrigins()).isEmpty();
		assertThatThrownBy(this::catalogue).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("is not an origin");
	}

	@Test
	void trainingIsTimedPerBrand() {
		ServedBrand shop = catalogue.served().brands().get("shop");

		assertThat(registry.get("reachback.intent.training").tag("brand", "shop").timer().totalTime(TimeUnit.NANOSECONDS))
			.isEqualTo(shop.trainingTime().toNanos());
	}

	private BrandCatalogue catalogue() {
		CatalogueSource source = new CatalogueSource(
				new CatalogueProperties("file:" + file.toAbsolutePath(), Duration.ofSeconds(10)),
				new DefaultResourceLoader());
		return new BrandCatalogue(source, new BrandTrainer(Clock.systemUTC(), registry), Clock.systemUTC(), registry);
	}

	private long trainings() {
		return registry.get("reachback.intent.training").timers().stream().mapToLong(Timer::count).sum();
	}

	private void write(String content) throws IOException {
		Files.writeString(file, content);
	}

}
