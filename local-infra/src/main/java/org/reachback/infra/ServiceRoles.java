package org.reachback.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Gives each service its own database role, as the compose deployment does, by running the same
 * SQL ({@code deploy/postgres/*.sql}, with the psql variables {@code :"role"} and
 * {@code :'password'} filled in here): the role owns its schema and may read other services' data
 * only through what they granted to {@code reachback_views}, and uses the keyring
 * ({@code keyring.sql}). Roles that exist are left as they are, but for their keyring membership.
 */
final class ServiceRoles {

	static final String VIEWS_READER = "reachback_views";

	static final String KEYRING = "reachback_keyring";

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private final String url;

	private final String superuser;

	private final String password;

	ServiceRoles(String url, String superuser, String password) {
		this.url = url;
		this.superuser = superuser;
		this.password = password;
	}

	/** What every service role is a member of: the views reader and the keyring (made or kept as they are). */
	void ensureShared() {
		if (!exists(VIEWS_READER)) {
			execute(script("views-reader.sql"));
		}
		execute(script("keyring.sql"));
	}

	void ensure(String role, String rolePassword) {
		if (!NAME.matcher(role).matches()) {
			throw new IllegalArgumentException("Not a plain role name: " + role);
		}
		if (!exists(VIEWS_READER) || !exists(KEYRING)) {
			ensureShared();
		}
		if (!exists(role)) {
			execute(script("service-role.sql").replace(":\"role\"", "\"" + role + "\"")
				.replace(":'password'", "'" + rolePassword.replace("'", "''") + "'"));
		}
		else {
			// a role made before the keyring, in a kept local database
			execute("grant " + KEYRING + " to \"" + role + "\"");
		}
	}

	private boolean exists(String role) {
		try (Connection connection = connect();
				PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
			query.setString(1, role);
			try (ResultSet found = query.executeQuery()) {
				return found.next();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not look up role " + role, ex);
		}
	}

	private void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set up the service roles", ex);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(url, superuser, password);
	}

	private static String script(String name) {
		try (InputStream in = ServiceRoles.class.getResourceAsStream("/db/roles/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing /db/roles/" + name + " on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
