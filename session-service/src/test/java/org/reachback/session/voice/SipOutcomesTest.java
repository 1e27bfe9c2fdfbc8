package org.reachback.session.voice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachback.events.AttemptOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class SipOutcomesTest {

	@ParameterizedTest
	@CsvSource({ "486, BUSY", "600, BUSY", "408, NO_ANSWER", "480, NO_ANSWER", "487, NO_ANSWER", "603, DECLINED",
			"404, INVALID_NUMBER", "484, INVALID_NUMBER", "604, INVALID_NUMBER", "403, FAILED", "488, FAILED",
			"500, FAILED", "503, FAILED", "606, FAILED", "302, FAILED" })
	void theCustomersFinalAnswerDecidesTheOutcome(int status, AttemptOutcome outcome) {
		assertThat(SipOutcomes.ofCustomer(status)).isEqualTo(outcome);
	}

}
