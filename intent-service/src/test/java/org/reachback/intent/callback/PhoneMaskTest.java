package org.reachback.intent.callback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskTest {

	@Test
	void showsOnlyTheLastThreeDigits() {
		assertThat(PhoneMask.mask("+442079460958")).isEqualTo("+•••••••••958");
		assertThat(PhoneMask.mask("020 7946 0958")).isEqualTo("••••••••958");
		assertThat(PhoneMask.mask("12")).isEqualTo("12");
		assertThat(PhoneMask.mask(null)).isNull();
	}

}
