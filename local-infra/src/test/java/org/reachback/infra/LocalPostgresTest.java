package org.reachback.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPostgresTest {

	@Test
	void dataSurvivesARestartOnTheSamePort() throws Exception {
		try (LocalPostgres postgres = LocalPostgres.start(0)) {
			execute(postgres, "create table survivor (name text); insert into survivor values ('kept')");

			postgres.stopKeepingData();
			assertThatThrownBy(() -> execute(postgres, "select 1")).hasMessageContaining("Connection");
			postgres.resume();

			try (Connection connection = connect(postgres); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select name from survivor")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("kept");
			}
		}
	}

	@Test
	void aCommittedRowSurvivesACrashOfTheServer() throws Exception {
		try (LocalPostgres postgres = LocalPostgres.start(0)) {
			execute(postgres, "create table crash_survivor (name text); insert into crash_survivor values ('committed')");

			postgres.crash();
			assertThatThrownBy(() -> execute(postgres, "select 1")).hasMessageContaining("Connection");
			postgres.resume();

			assertThat(names(postgres, "crash_survivor")).containsExactly("committed");
		}
	}

	@Test
	void aKeptDataDirectoryIsFoundAgainByTheNextServerAndIsDurable(@TempDir Path data) throws Exception {
		try (LocalPostgres postgres = LocalPostgres.startKeeping(data, 0)) {
			execute(postgres, "create table kept (name text); insert into kept values ('yesterday')");
			assertThat(setting(postgres, "fsync")).isEqualTo("on");
		}
		try (LocalPostgres postgres = LocalPostgres.startKeeping(data, 0)) {
			assertThat(names(postgres, "kept")).containsExactly("yesterday");
		}
	}

	@Test
	void aServerForOneRunDoesNotSyncToDisk() throws Exception {
		try (LocalPostgres postgres = LocalPostgres.start(0)) {
			assertThat(setting(postgres, "fsync")).isEqualTo("off");
			assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
		}
	}

	private static String setting(LocalPostgres postgres, String name) throws Exception {
		try (Connection connection = connect(postgres); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static List<String> names(LocalPostgres postgres, String table) throws Exception {
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(postgres); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from " + table)) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static void execute(LocalPostgres postgres, String sql) throws Exception {
		try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(LocalPostgres postgres) throws Exception {
		return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
	}

}
