package org.reachback.interaction.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reachback.interaction.dispatch.AgentSelector.Basis;
import org.reachback.interaction.dispatch.AgentSelector.Candidate;
import org.reachback.interaction.dispatch.AgentSelector.Choice;
import org.reachback.interaction.dispatch.AgentSelector.Wanted;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionReasonTest {

	private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");

	private static final Candidate MARIA = new Candidate("maria", "Maria", List.of("billing"), NOW);

	private static final Candidate SAM = new Candidate("sam", "Sam", List.of("billing"), NOW);

	private static final Wanted MARIA_WANTED = new Wanted("billing", "maria", true, Set.of(), NOW,
			Duration.ofMinutes(2));

	@Test
	void thePreferredAgentIsToldWhoAskedForThem() {
		assertThat(SelectionReason.of(new Choice(MARIA, Basis.PREFERRED), MARIA_WANTED, "Ana", "Maria"))
			.isEqualTo("Ana asked for Maria");
		assertThat(SelectionReason.of(new Choice(MARIA, Basis.PREFERRED), MARIA_WANTED, null, "Maria"))
			.isEqualTo("The customer asked for Maria");
	}

	@Test
	void theTeamIsToldWhyThePreferredAgentDidNotTakeIt() {
		assertThat(SelectionReason.of(new Choice(SAM, Basis.PREFERRED_NOT_FREE), MARIA_WANTED, "Ana", "Maria"))
			.isEqualTo("Maria was not free within 2 minutes; offered to the billing team (Sam, free longest)");
		assertThat(SelectionReason.of(new Choice(SAM, Basis.PREFERRED_REFUSED), MARIA_WANTED, "Ana", "Maria"))
			.isEqualTo("Maria declined it or let the offer time out; offered to the billing team (Sam, free longest)");
		assertThat(SelectionReason.of(new Choice(SAM, Basis.PREFERRED_UNKNOWN),
				new Wanted("billing", "zoe", false, Set.of(), NOW, Duration.ZERO), "Ana", "zoe"))
			.isEqualTo("Nobody called 'zoe' works here; offered to the billing team (Sam, free longest)");
	}

	@Test
	void withoutAPreferredAgentTheLongestIdleOfTheTeamTakesIt() {
		assertThat(SelectionReason.of(new Choice(SAM, Basis.TEAM),
				new Wanted("billing", null, false, Set.of(), NOW, Duration.ZERO), "Ana", null))
			.isEqualTo("Offered to the billing team (Sam, free longest)");
	}

	@Test
	void waitsReadAsPeopleSayThem() {
		assertThat(SelectionReason.words(Duration.ofMinutes(1))).isEqualTo("1 minute");
		assertThat(SelectionReason.words(Duration.ofSeconds(90))).isEqualTo("90 seconds");
		assertThat(SelectionReason.words(Duration.ZERO)).isEqualTo("0 seconds");
	}

}
