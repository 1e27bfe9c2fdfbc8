package org.reachback.testing.logs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogGateTest {

	@Test
	void aRememberedSecretAnywhereInALineIsAViolationAndItsBeginningAloneIsNot() {
		LogGate.remember("  token-7f3a9c2e41b8d0  ");
		LogGate.remember("token-7f3a9c2e41b8ff");

		assertThat(LogGate.violation("chat started, token token-7f3a9c2e41b8d0 issued")).isPresent();
		assertThat(LogGate.violation("token-7f3a9c2e41b8ff")).isPresent();
		assertThat(LogGate.violation("chat started, token token-7f3a9c2e41 issued")).isEmpty();
		assertThat(LogGate.violation("token-7f3a9c2e41b8")).isEmpty();
	}

	@Test
	void aFullNumberIsAViolationAndAMaskedOneIsNot() {
		assertThat(LogGate.violation("calling +447911123456 now")).isPresent();
		assertThat(LogGate.violation("calling +44******3456 now")).isEmpty();
	}

}
