package org.reachback.interaction.agent;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DemoRosterTest {

	@Test
	void theDemoProfileRostersMariaLiAndSamWithTheirSkills() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("demo", new ClassPathResource("application-demo.yml"))
			.forEach(environment.getPropertySources()::addFirst);

		RosterProperties roster = Binder.get(environment).bindOrCreate("reachback", RosterProperties.class);

		assertThat(roster.agents()).extracting(RosterProperties.RosterAgent::id, RosterProperties.RosterAgent::name)
			.containsExactly(tuple("maria", "Maria"),
					tuple("li", "Li"), tuple("sam", "Sam"));
		assertThat(roster.agents().get(0).skills()).containsExactly("billing", "orders");
		assertThat(roster.agents().get(1).skills()).containsExactly("tech-support", "orders");
		assertThat(roster.agents().get(2).skills()).containsExactly("billing", "faq");
	}

	@Test
	void theDefaultConfigurationHasNoAgents() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addFirst);

		assertThat(Binder.get(environment).bindOrCreate("reachback", RosterProperties.class).agents()).isEmpty();
	}

}
