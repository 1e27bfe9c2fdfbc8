package org.reachback.interaction.agent;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The configured agents, {@code reachback.agents}: id (= user name), display name and skills (= queues). */
@ConfigurationProperties("reachback")
record RosterProperties(List<RosterAgent> agents) {

	RosterProperties {
		agents = agents == null ? List.of() : List.copyOf(agents);
	}

	record RosterAgent(String id, String name, List<String> skills) {

		RosterAgent {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("Every agent in reachback.agents needs an id");
			}
			name = name == null || name.isBlank() ? id : name;
			skills = skills == null ? List.of() : List.copyOf(skills);
		}

	}

}
