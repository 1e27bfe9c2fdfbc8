package org.reachback.interaction.agent;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import com.google.common.collect.Range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DemoRosterTest {

	@Test
	void theDemoProfileRostersMariaLiAndSamWithTheirSkillsAndPhones() throws IOException {
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
		assertThat(roster.agents()).extracting(RosterProperties.RosterAgent::phone)
			.containsExactly("sip:maria@127.0.0.1:5071", "sip:li@127.0.0.1:5072", "sip:sam@127.0.0.1:5073");
	}

	@Test
	void theDemoProfileRostersEveryoneAllDayEveryDayAndSamIsOffOnChristmasDay() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("demo", new ClassPathResource("application-demo.yml"))
			.forEach(environment.getPropertySources()::addFirst);

		ShiftProperties shifts = Binder.get(environment).bindOrCreate("reachback", ShiftProperties.class);

		assertThat(shifts.roster()).containsOnlyKeys("maria", "li", "sam");
		// Monday 2026-12-21 00:00 to Monday 2026-12-28 00:00 in London (on UTC in winter)
		Instant from = Instant.parse("2026-12-21T00:00:00Z");
		Instant until = Instant.parse("2026-12-28T00:00:00Z");
		for (String agentId : List.of("maria", "li")) {
			assertThat(shifts.roster().get(agentId).toShifts(agentId).workingTime(from, until).asRanges())
				.containsExactly(Range.closedOpen(from, until));
		}
		AgentShifts sam = shifts.roster().get("sam").toShifts("sam");
		assertThat(sam.source()).isEqualTo("configuration");
		assertThat(sam.workingTime(from, until).asRanges()).containsExactly(
				Range.closedOpen(from, Instant.parse("2026-12-25T00:00:00Z")),
				Range.closedOpen(Instant.parse("2026-12-26T00:00:00Z"), until));
	}

	@Test
	void theDefaultConfigurationHasNoAgents() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addFirst);

		assertThat(Binder.get(environment).bindOrCreate("reachback", RosterProperties.class).agents()).isEmpty();
		assertThat(Binder.get(environment).bindOrCreate("reachback", ShiftProperties.class).roster()).isEmpty();
	}

}
