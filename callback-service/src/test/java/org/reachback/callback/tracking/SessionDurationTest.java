package org.reachback.callback.tracking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionDurationTest {

	@Test
	void theDurationIsSaidInHoursMinutesAndWholeSeconds() {
		assertThat(SessionDuration.after(72_400L)).isEqualTo(" after 1m 12s");
		assertThat(SessionDuration.after(3_723_000L)).isEqualTo(" after 1h 2m 3s");
		assertThat(SessionDuration.after(3_600_000L)).isEqualTo(" after 1h");
		assertThat(SessionDuration.after(45_999L)).isEqualTo(" after 45s");
		assertThat(SessionDuration.after(400L)).isEqualTo(" after 0s");
	}

	@Test
	void anUnknownDurationSaysNothing() {
		assertThat(SessionDuration.after(null)).isEmpty();
		assertThat(SessionDuration.after(-1L)).isEmpty();
	}

}
