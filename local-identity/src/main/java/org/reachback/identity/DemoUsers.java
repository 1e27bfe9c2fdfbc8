package org.reachback.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo users of the local run. LOCAL RUN ONLY: their passwords are printed on the sign-in page
 * and in the README, so they are kept in memory and stored {@code {noop}} (in plain text) — hashing a
 * password everybody knows protects nothing. Real users live in Keycloak.
 * <ul>
 * <li>{@code admin} / {@code admin}: ADMIN</li>
 * <li>{@code supervisor} / {@code demo}: SUPERVISOR</li>
 * <li>{@code maria}, {@code li}, {@code sam} / {@code demo}: AGENT</li>
 * </ul>
 */
final class DemoUsers {

	/** The sign-in page's line naming them; keep it in step with {@link #service()}. */
	static final String HINT = "Demo users of the local run only: maria, li, sam (password demo), "
			+ "supervisor (demo), admin (admin)";

	private DemoUsers() {
	}

	static UserDetailsService service() {
		return new InMemoryUserDetailsManager(user("admin", "admin", "ADMIN"), user("supervisor", "demo", "SUPERVISOR"),
				user("maria", "demo", "AGENT"), user("li", "demo", "AGENT"), user("sam", "demo", "AGENT"));
	}

	private static UserDetails user(String name, String password, String role) {
		return User.withUsername(name).password("{noop}" + password).roles(role).build();
	}

}
