package org.reachback.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo agents and administrator. They exist only in the local run: the launcher hands them to
 * the services on the command line; no deployment configuration contains them.
 */
final class DemoUsers {

	private static final List<String[]> USERS = List.of(new String[] { "admin", "{noop}admin", "ADMIN" },
			new String[] { "maria", "{noop}demo", "AGENT" }, new String[] { "li", "{noop}demo", "AGENT" },
			new String[] { "sam", "{noop}demo", "AGENT" });

	private DemoUsers() {
	}

	static List<String> asArguments() {
		List<String> arguments = new ArrayList<>();
		for (int i = 0; i < USERS.size(); i++) {
			String[] user = USERS.get(i);
			String prefix = "--reachback.security.users[" + i + "].";
			arguments.add(prefix + "name=" + user[0]);
			arguments.add(prefix + "password=" + user[1]);
			arguments.add(prefix + "roles[0]=" + user[2]);
		}
		return arguments;
	}

}
