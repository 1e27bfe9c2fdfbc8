package org.reachback.interaction.agent;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A configured roster that cannot apply, or an agent whose phone is not a SIP URI, fails the start,
 * naming the agent and what is wrong.
 */
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
	void anAgentsPhoneThatIsNotASipUriFailsTheBindingNamingTheAgent() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("reachback.agents[0].id", "maria",
				"reachback.agents[0].skills[0]", "billing", "reachback.agents[0].phone", "+442079460958")));

		assertThatThrownBy(() -> binder.bind("reachback", RosterProperties.class)).isInstanceOf(BindException.class)
			.hasStackTraceContaining("reachback.agents, agent maria: phone '+442079460958' is not a SIP URI (the "
					+ "scheme must be sip: or sips:), for example sip:maria@127.0.0.1:5071");
		assertThat(whyNot("tel:+442079460958")).contains("the scheme must be sip: or sips:");
		assertThat(whyNot("maria@127.0.0.1:5071")).contains("the scheme must be sip: or sips:");
		assertThat(whyNot("sip:maria@")).contains("expected [user@]host[:port] after the scheme");
		assertThat(whyNot("sip:maria@127.0.0.1:")).contains("expected [user@]host[:port] after the scheme");
		assertThat(whyNot("sip:maria @127.0.0.1")).contains("without spaces");
		assertThat(whyNot("sip:maria@127.0.0.1:70000")).contains("port 70000 is not between 1 and 65535");
		assertThat(whyNot("sip:maria@127.0.0.1:0")).contains("port 0 is not between 1 and 65535");
	}

	@Test
	void anAgentsPhoneIsOptionalAndAnySipOrSipsUri() {
		assertThat(agentWithPhone(null).phone()).isNull();
		assertThat(agentWithPhone("  ").phone()).isNull();
		assertThat(agentWithPhone("sip:maria@127.0.0.1:5071").phone()).isEqualTo("sip:maria@127.0.0.1:5071");
		assertThat(agentWithPhone(" sips:maria@pbx.example.com;transport=tls ").phone())
			.isEqualTo("sips:maria@pbx.example.com;transport=tls");
		assertThat(agentWithPhone("SIP:maria@[::1]:5071").phone()).isEqualTo("SIP:maria@[::1]:5071");
		assertThat(agentWithPhone("sip:10.0.0.7").phone()).isEqualTo("sip:10.0.0.7");
	}

	@Test
	void aRosterForAnAgentWhoIsNotConfiguredFailsTheStart() {
		ShiftProperties shifts = new Binder(new MapConfigurationPropertySource(Map.of("reachback.roster.zoe.time-zone",
				"Europe/London"))).bind("reachback", ShiftProperties.class).get();
		RosterProperties agents = new RosterProperties(List.of(new RosterProperties.RosterAgent("maria", "Maria",
				List.of("billing"), null)));

		assertThat(shifts.roster()).containsOnlyKeys("zoe");
		assertThatThrownBy(() -> new Roster(null, agents, shifts, null, null)).isInstanceOf(IllegalStateException.class)
			.hasMessage("reachback.roster.zoe plans an agent who is not in reachback.agents (configured: [maria])");
	}

	private static RosterProperties.RosterAgent agentWithPhone(String phone) {
		return new RosterProperties.RosterAgent("maria", "Maria", List.of("billing"), phone);
	}

	private static String whyNot(String phone) {
		try {
			agentWithPhone(phone);
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("phone '" + phone + "' was accepted");
	}

}
