package org.reachback.interaction.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reachback.interaction.dispatch.AgentSelector.Basis;
import org.reachback.interaction.dispatch.AgentSelector.Candidate;
import org.reachback.interaction.dispatch.AgentSelector.Choice;
import org.reachback.interaction.dispatch.AgentSelector.Wanted;

import static org.assertj.core.api.Assertions.assertThat;

class AgentSelectorTest {

	private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");

	private static final Candidate MARIA = new Candidate("maria", "Maria", List.of("billing", "orders"),
			NOW.minusSeconds(60));

	private static final Candidate SAM = new Candidate("sam", "Sam", List.of("billing", "faq"), NOW.minusSeconds(600));

	private static final Candidate LI = new Candidate("li", "Li", List.of("tech-support", "orders"),
			NOW.minusSeconds(3600));

	private static final List<Candidate> FREE = List.of(MARIA, SAM, LI);

	@Test
	void theLongestIdleAgentWithTheSkillGetsTheCallback() {
		assertThat(select(wanted("billing", null, Set.of()), FREE)).contains("sam");
		assertThat(select(wanted("orders", null, Set.of()), FREE)).contains("li");
	}

	@Test
	void nobodyWithTheSkillMeansNobody() {
		assertThat(select(wanted("tech-support", null, Set.of()), List.of(MARIA, SAM))).isEmpty();
	}

	@Test
	void thePreferredAgentComesBeforeLongerIdleAgents() {
		assertThat(select(wanted("billing", "maria", Set.of()), FREE)).contains("maria");
	}

	@Test
	void thePreferredAgentNeedNotHaveTheSkill() {
		assertThat(select(wanted("faq", "li", Set.of()), FREE)).contains("li");
	}

	@Test
	void aBusyPreferredAgentGivesWayToTheTeam() {
		assertThat(select(wanted("billing", "maria", Set.of()), List.of(SAM, LI))).contains("sam");
	}

	@Test
	void aCallbackWaitsForItsPreferredAgentForTheConfiguredTime() {
		Wanted young = new Wanted("billing", "maria", true, Set.of(), NOW.minusSeconds(30), Duration.ofMinutes(2));
		Wanted old = new Wanted("billing", "maria", true, Set.of(), NOW.minusSeconds(180), Duration.ofMinutes(2));

		assertThat(AgentSelector.select(young, List.of(SAM), NOW)).isEmpty();
		assertThat(AgentSelector.select(old, List.of(SAM), NOW)).contains(new Choice(SAM, Basis.PREFERRED_NOT_FREE));
	}

	@Test
	void agentsWhoDeclinedOrTimedOutAreNotAskedAgain() {
		assertThat(select(wanted("billing", null, Set.of("sam")), FREE)).contains("maria");
		assertThat(select(wanted("billing", "maria", Set.of("maria")), FREE)).contains("sam");
		assertThat(select(wanted("billing", null, Set.of("sam", "maria")), FREE)).isEmpty();
	}

	@Test
	void aRefusedPreferredAgentDoesNotHoldTheCallback() {
		Wanted wanted = new Wanted("billing", "maria", true, Set.of("maria"), NOW, Duration.ofMinutes(5));

		assertThat(AgentSelector.select(wanted, FREE, NOW)).contains(new Choice(SAM, Basis.PREFERRED_REFUSED));
	}

	@Test
	void equallyIdleAgentsAreChosenInAStableOrder() {
		Candidate ann = new Candidate("ann", "Ann", List.of("billing"), NOW);
		Candidate bob = new Candidate("bob", "Bob", List.of("billing"), NOW);

		assertThat(select(wanted("billing", null, Set.of()), List.of(bob, ann))).contains("ann");
	}

	@Test
	void theChoiceSaysWhyThisAgent() {
		assertThat(AgentSelector.select(wanted("billing", "maria", Set.of()), FREE, NOW))
			.contains(new Choice(MARIA, Basis.PREFERRED));
		assertThat(AgentSelector.select(wanted("billing", null, Set.of()), FREE, NOW))
			.contains(new Choice(SAM, Basis.TEAM));
		assertThat(AgentSelector.select(new Wanted("billing", "zoe", false, Set.of(), NOW, Duration.ZERO), FREE, NOW))
			.contains(new Choice(SAM, Basis.PREFERRED_UNKNOWN));
	}

	private static Wanted wanted(String queue, String preferredAgent, Set<String> refusedBy) {
		return new Wanted(queue, preferredAgent, preferredAgent != null, refusedBy, NOW, Duration.ZERO);
	}

	private static Optional<String> select(Wanted wanted, List<Candidate> free) {
		return AgentSelector.select(wanted, free, NOW).map(choice -> choice.agent().id());
	}

}
