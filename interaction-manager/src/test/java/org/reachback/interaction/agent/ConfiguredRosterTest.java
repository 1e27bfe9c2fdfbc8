package org.reachback.interaction.agent;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A configured roster that cannot apply fails the start, naming the agent and what is wrong. */
class ConfiguredRosterTest {

	@Test
	void aRosterThatCannotApplyFailsTheBindingNamingTheAgent() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("reachback.roster.maria.time-zone",
				"Europe/Lundun", "reachback.roster.maria.weekly[0].day", "monday", "reachback.roster.maria.weekly[0].start",
				"09:00", "reachback.roster.maria.weekly[0].end", "5pm")));

		assertThatThrownBy(() -> binder.bind("reachback", ShiftProperties.class)).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("'5pm' is not a time of day");
		Binder badZone = new Binder(new MapConfigurationPropertySource(Map.of("reachback.roster.li.time-zone", "Europe/Lundun")));
		assertThatThrownBy(() -> badZone.bind("reachback", ShiftProperties.class))
			.hasStackTraceContaining("reachback.roster.li: timeZone 'Europe/Lundun' is not a time zone");
	}

	@Test
	void aRosterForAnAgentWhoIsNotConfiguredFailsTheStart() {
		ShiftProperties shifts = new Binder(new MapConfigurationPropertySource(Map.of("reachback.roster.zoe.time-zone",
				"Europe/London"))).bind("reachback", ShiftProperties.class).get();
		RosterProperties agents = new RosterProperties(List.of(new RosterProperties.RosterAgent("maria", "Maria",
				List.of("billing"))));

		assertThat(shifts.roster()).containsOnlyKeys("zoe");
		assertThatThrownBy(() -> new Roster(null, agents, shifts, null, null)).isInstanceOf(IllegalStateException.class)
			.hasMessage("reachback.roster.zoe plans an agent who is not in reachback.agents (configured: [maria])");
	}

}
