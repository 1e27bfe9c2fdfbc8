package org.reachback.interaction.queue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrandsTest {

	private static final QueueProperties QUEUES = new QueueProperties(
			Map.of("billing", QueueSettings.defaults(), "orders", QueueSettings.defaults()));

	@Test
	void aBrandListsTheQueuesThatServeIt() {
		Brands brands = new Brands(new BrandProperties(Map.of("acme", new BrandProperties.Brand(List.of("billing")),
				"globex", new BrandProperties.Brand(List.of("orders", "billing")))), QUEUES);

		assertThat(brands.names()).containsExactly("acme", "globex");
		assertThat(brands.serves("acme", "billing")).isTrue();
		assertThat(brands.serves("acme", "orders")).isFalse();
		assertThat(brands.queues("globex")).containsExactly("orders", "billing");
		assertThat(brands.queues("initech")).isEmpty();
	}

	@Test
	void aBrandListingAQueueThatIsNotConfiguredFailsTheStart() {
		BrandProperties typo = new BrandProperties(Map.of("acme", new BrandProperties.Brand(List.of("billing", "biling"))));

		assertThatThrownBy(() -> new Brands(typo, QUEUES)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("reachback.brands.acme.queues lists 'biling'")
			.hasMessageContaining("not a configured queue")
			.hasMessageContaining("[billing, orders]");
	}

	@Test
	void theShippedBrandAcmeListsTheFourQueues() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addFirst);
		Binder binder = Binder.get(environment);

		Brands brands = new Brands(binder.bindOrCreate("reachback", BrandProperties.class),
				binder.bindOrCreate("reachback", QueueProperties.class));

		assertThat(brands.queues("acme")).containsExactly("billing", "orders", "tech-support", "faq");
	}

}
