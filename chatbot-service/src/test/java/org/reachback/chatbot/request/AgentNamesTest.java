package org.reachback.chatbot.request;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reachback.chatbot.queue.Agent;

import static org.assertj.core.api.Assertions.assertThat;

class AgentNamesTest {

	private static final Agent MARIA = new Agent("maria", "Maria");

	private static final Agent LI = new Agent("li", "Li");

	private static final Agent SAM = new Agent("sam", "Sam Okafor");

	private static final List<Agent> AGENTS = List.of(MARIA, LI, SAM);

	@Test
	void anAgentIsNamedByWholeWordsInAnyCaseWithOrWithoutAccents() {
		assertThat(AgentNames.find("Can Maria call me tomorrow at 10?", AGENTS)).contains(MARIA);
		assertThat(AgentNames.find("can maría ring me", AGENTS)).contains(MARIA);
		assertThat(AgentNames.find("I'd like LI to call me back", AGENTS)).contains(LI);
		assertThat(AgentNames.find("please put me through to Sam", AGENTS)).contains(SAM);
		assertThat(AgentNames.find("Sam Okafor helped me last time", AGENTS)).contains(SAM);
	}

	@Test
	void partsOfWordsNameNobody() {
		assertThat(AgentNames.find("the same problem again", AGENTS)).isEmpty();
		assertThat(AgentNames.find("my licence is lost", AGENTS)).isEmpty();
		assertThat(AgentNames.find("Marianne said to ask", AGENTS)).isEmpty();
		assertThat(AgentNames.find("Can someone call me?", AGENTS)).isEmpty();
		assertThat(AgentNames.find(null, AGENTS)).isEmpty();
	}

	@Test
	void twoAgentsOrASharedFirstNameNameNobody() {
		Agent otherSam = new Agent("sam.b", "Sam Berg");

		assertThat(AgentNames.find("Maria or Li, whoever is free", AGENTS)).isEmpty();
		assertThat(AgentNames.find("Can Sam call me?", List.of(SAM, otherSam))).isEmpty();
		assertThat(AgentNames.find("Can Sam Berg call me?", List.of(SAM, otherSam))).contains(otherSam);
	}

}
