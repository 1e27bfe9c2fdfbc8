package org.reachback.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The boundary between services, enforced by PostgreSQL: a service's role owns its schema and reads
 * another service's schema only through the views that service granted to {@code reachback_views}.
 */
class ServiceRolesTest {

	private static LocalPostgres postgres;

	@BeforeAll
	static void twoServices() throws Exception {
		postgres = LocalPostgres.start(0);
		postgres.provisionServiceRole("owner");
		postgres.provisionServiceRole("reader");
		execute("owner", """
				create table owner.secret (id int);
				insert into owner.secret values (1);
				create view owner.shared_view as select id from owner.secret;
				grant usage on schema owner to reachback_views;
				grant select on owner.shared_view to reachback_views""");
	}

	@AfterAll
	static void stop() {
		postgres.close();
	}

	@Test
	void aServiceReadsTheGrantedViewOfAnother() throws Exception {
		try (Connection connection = connect("reader"); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from owner.shared_view")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getLong(1)).isEqualTo(1);
		}
	}

	@Test
	void aServiceCannotReadOrChangeAnotherServicesTablesNorWriteThroughItsViews() {
		assertThatThrownBy(() -> execute("reader", "select * from owner.secret")).hasMessageContaining("permission denied");
		assertThatThrownBy(() -> execute("reader", "insert into owner.secret values (2)"))
			.hasMessageContaining("permission denied");
		// the view is simple enough to be updatable, so only the missing grant stops the delete
		assertThatThrownBy(() -> execute("reader", "delete from owner.shared_view")).hasMessageContaining("permission denied");
		assertThatThrownBy(() -> execute("reader", "create table owner.intruder (id int)"))
			.hasMessageContaining("permission denied");
	}

	@Test
	void aServiceOwnsItsOwnSchemaAndProvisioningTwiceChangesNothing() throws Exception {
		execute("reader", "create table if not exists reader.own (id int)");

		assertThat(postgres.provisionServiceRole("reader")).isEqualTo("reader");
		execute("reader", "insert into reader.own values (1)");
	}

	@Test
	void everyServiceSealsWithTheSharedKeyringAndMayNeitherDropNorDeleteKeys() throws Exception {
		execute("owner", "insert into keyring.subject_key (subject_digest, secret) values ('\\x01', '\\x02')");
		try (Connection connection = connect("reader"); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select secret from keyring.subject_key where subject_digest = '\\x01'")) {
			assertThat(rows.next()).as("a key one service made, another reads").isTrue();
		}
		execute("reader", "update keyring.subject_key set secret = null, erased_at = now() where subject_digest = '\\x01'");
		assertThatThrownBy(() -> execute("reader", "delete from keyring.subject_key")).hasMessageContaining("permission denied");
		assertThatThrownBy(() -> execute("reader", "drop table keyring.subject_key")).hasMessageContaining("owner");
		assertThatThrownBy(() -> execute("reader",
				"update keyring.subject_key set erased_at = null where subject_digest = '\\x01'"))
			.as("a row holds a key or is a tombstone, never neither")
			.hasMessageContaining("check constraint");
	}

	private static void execute(String role, String sql) throws Exception {
		try (Connection connection = connect(role); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(String role) throws Exception {
		return DriverManager.getConnection(postgres.jdbcUrl(), role, role);
	}

}
