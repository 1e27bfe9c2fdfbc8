package org.reachback.launcher.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.reachback.infra.LocalPostgres;

/**
 * What the database ran for each operation, by service, from PostgreSQL's
 * {@code pg_stat_statements}: how many statements each service's role sent and the few that took
 * the server the longest. Counted only when the harness runs with
 * {@code -Dreachback.postgres.statement-statistics=true}, which starts the server with the
 * extension loaded (it costs every statement a little, so the figures of such a run are not the
 * ones to quote).
 */
final class Statements {

	private static final int SHOWN = 6;

	private final LocalPostgres postgres;

	Statements(LocalPostgres postgres) {
		this.postgres = postgres;
	}

	static boolean counted() {
		return LocalPostgres.STATEMENT_STATISTICS;
	}

	/** Calls and execution time so far of every statement the services' roles ran, by role and text. */
	record Sample(Map<Key, Counts> statements) {

	}

	record Key(String role, String query) {

	}

	record Counts(long calls, double ms) {

	}

	Sample sample() {
		Map<Key, Counts> statements = new HashMap<>();
		try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
				Statement query = db.createStatement();
				ResultSet rows = query.executeQuery("""
						select r.rolname, regexp_replace(s.query, '\\s+', ' ', 'g'), s.calls, s.total_exec_time
						from pg_stat_statements s join pg_roles r on r.oid = s.userid
						where r.rolname <> current_user""")) {
			while (rows.next()) {
				statements.merge(new Key(rows.getString(1), rows.getString(2)), new Counts(rows.getLong(3), rows.getDouble(4)),
						(a, b) -> new Counts(a.calls() + b.calls(), a.ms() + b.ms()));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read pg_stat_statements", ex);
		}
		return new Sample(statements);
	}

	/** Statements per operation by service, and those that took the server longest per operation. */
	String describe(Sample before, Sample after, long operations) {
		Map<String, Double> perRole = new TreeMap<>();
		Map<Key, Counts> ran = new HashMap<>();
		after.statements().forEach((key, counts) -> {
			Counts earlier = before.statements().getOrDefault(key, new Counts(0, 0));
			Counts between = new Counts(counts.calls() - earlier.calls(), counts.ms() - earlier.ms());
			if (between.calls() > 0) {
				ran.put(key, between);
				perRole.merge(key.role(), (double) between.calls() / operations, Double::sum);
			}
		});
		List<Map.Entry<Key, Counts>> longest = ran.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<Key, Counts> entry) -> entry.getValue().ms()).reversed())
			.limit(SHOWN)
			.toList();
		StringBuilder text = new StringBuilder("  statements per operation: ").append(perRole.entrySet()
			.stream()
			.map(entry -> String.format("%s %.1f", entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(", ")));
		for (Map.Entry<Key, Counts> entry : longest) {
			Counts counts = entry.getValue();
			String query = entry.getKey().query();
			text.append(String.format("%n    %.3f ms server time per operation, %.1f× %.3f ms: %s %s",
					counts.ms() / operations, (double) counts.calls() / operations, counts.ms() / counts.calls(),
					entry.getKey().role(), query.length() > 110 ? query.substring(0, 110) + "…" : query));
		}
		return text.toString();
	}

}
