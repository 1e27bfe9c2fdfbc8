package org.reachback.interaction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reachback.testing.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A running interaction-manager with a {@link ContactCentre} reset before each test. */
@ServiceIntegrationTest
abstract class ContactCentreIntegrationTest {

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ContactCentre centre;

	@BeforeEach
	void resetTheContactCentre() {
		centre = new ContactCentre(brokers, port, jdbc);
		centre.reset();
	}

	@AfterEach
	void closeTheContactCentre() {
		centre.close();
	}

}
