package org.reachback.testing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of a schema, whatever their table, that hold a text in any column (a row read as text):
 * how a test proves that an erasure left nothing of a customer behind.
 */
public final class SchemaRows {

	private SchemaRows() {
	}

	/** In the connection's own schema: a service's, in its tests. */
	public static int holding(JdbcClient jdbc, String text) {
		return holding(jdbc, jdbc.sql("select current_schema()").query(String.class).single(), text);
	}

	/** In {@code schema}, for a connection that may read it (the suite's superuser, in the launcher's tests). */
	public static int holding(JdbcClient jdbc, String schema, String text) {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = ? and table_type = 'BASE TABLE'""")
			.param(schema)
			.query(String.class)
			.list();
		int rows = 0;
		for (String table : tables) {
			rows += jdbc.sql("select count(*) from \"" + schema + "\".\"" + table + "\" t where t::text like ?")
				.param("%" + text + "%")
				.query(Integer.class)
				.single();
		}
		return rows;
	}

}
