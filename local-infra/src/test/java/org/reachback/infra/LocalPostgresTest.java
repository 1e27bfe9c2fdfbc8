package org.reachback.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

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

	private static void execute(LocalPostgres postgres, String sql) throws Exception {
		try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(LocalPostgres postgres) throws Exception {
		return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
	}

}
