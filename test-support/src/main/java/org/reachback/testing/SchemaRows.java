package org.reachback.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

	/** Per text, in the connection's own schema. */
	public static Map<String, Integer> holdingEach(JdbcClient jdbc, List<String> texts) {
		Map<String, Integer> rows = new TreeMap<>();
		texts.forEach(text -> rows.put(text, holding(jdbc, text)));
		return rows;
	}

	/** In {@code schema}, for a connection that may read it (the suite's superuser, in the launcher's tests). */
	public static int holding(JdbcClient jdbc, String schema, String text) {
		int rows = 0;
		for (String table : tables(jdbc, schema)) {
			rows += jdbc.sql("select count(*) from \"" + schema + "\".\"" + table + "\" t where t::text like ?")
				.param("%" + text + "%")
				.query(Integer.class)
				.single();
		}
		return rows;
	}

	/** The tables a scan of the connection's own schema reads, for a test to show that it covers those it means. */
	public static List<String> tables(JdbcClient jdbc) {
		return tables(jdbc, jdbc.sql("select current_schema()").query(String.class).single());
	}

	private static List<String> tables(JdbcClient jdbc, String schema) {
		return jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = ? and table_type = 'BASE TABLE'""")
			.param(schema)
			.query(String.class)
			.list();
	}

}
