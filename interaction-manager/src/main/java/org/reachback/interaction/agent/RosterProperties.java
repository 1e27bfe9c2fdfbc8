package org.reachback.interaction.agent;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured agents, {@code reachback.agents}: id (= user name), display name, skills (= queues)
 * and, optionally, the phone a voice callback rings (a SIP URI). Each agent is checked as it is
 * bound, so a wrong one fails the start naming the agent.
 */
@ConfigurationProperties("reachback")
record RosterProperties(List<RosterAgent> agents) {

	RosterProperties {
		agents = agents == null ? List.of() : List.copyOf(agents);
	}

	/**
	 * @param phone the phone a voice callback rings: a {@code sip:} or {@code sips:} URI such as
	 * {@code sip:maria@127.0.0.1:5071}; null when the agent has none
	 */
	record RosterAgent(String id, String name, List<String> skills, String phone) {

		RosterAgent {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("Every agent in reachback.agents needs an id");
			}
			name = name == null || name.isBlank() ? id : name;
			skills = skills == null ? List.of() : List.copyOf(skills);
			phone = phone == null || phone.isBlank() ? null : checked(id, phone);
		}

		private static String checked(String id, String phone) {
			try {
				return SipUri.valid(phone);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("reachback.agents, agent " + id + ": " + ex.getMessage(), ex);
			}
		}

	}

}
