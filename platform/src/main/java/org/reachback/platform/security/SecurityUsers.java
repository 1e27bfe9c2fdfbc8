package org.reachback.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The people who may sign in with HTTP Basic: agents (role {@code AGENT}, user name = agent id) and
 * administrators (role {@code ADMIN}). Passwords carry their encoding, e.g. {@code {bcrypt}...}.
 * The local run seeds demo users; a deployment supplies its own or none.
 */
@ConfigurationProperties("reachback.security")
public record SecurityUsers(List<User> users) {

	public SecurityUsers {
		users = users == null ? List.of() : List.copyOf(users);
	}

	public record User(String name, String password, List<String> roles) {
	}

}
