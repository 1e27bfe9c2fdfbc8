package org.reachback.platform.messaging;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.reachback.events.EventCodec;
import org.reachback.events.privacy.SubjectKeys;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class OutagesTest {

	@Test
	void keysThatCannotBeReadAreAnOutageToWaitOutAndAMalformedEventIsNot() {
		SubjectKeys.KeysUnavailableException keys = new SubjectKeys.KeysUnavailableException("keyring unreachable",
				new SQLException("Connection refused", "08001"));

		assertThat(Outages.isOutage(new ListenerExecutionFailedException("conversion failed", keys))).isTrue();
		assertThat(Outages.isOutage(new EventCodec.MalformedEventException("not a valid ChatStarted", null))).isFalse();
	}

}
