package org.reachback.chatbot.request;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RequestedTimeTest {

	private static final ZonedDateTime NOON = ZonedDateTime.of(2026, 7, 16, 12, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void aSlotIsAsFarAsItStartsOutsideTheRequestedSpan() {
		RequestedTime afternoon = new RequestedTime(NOON, NOON.plusHours(5));

		assertThat(afternoon.exact()).isFalse();
		assertThat(afternoon.distanceTo(NOON.toInstant())).isZero();
		assertThat(afternoon.distanceTo(NOON.plusHours(5).toInstant())).isZero();
		assertThat(afternoon.distanceTo(NOON.minusMinutes(30).toInstant())).isEqualTo(Duration.ofMinutes(30));
		assertThat(afternoon.distanceTo(NOON.plusHours(6).toInstant())).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aMomentIsAsFarAsTheSlotsStartIsFromIt() {
		RequestedTime atNoon = RequestedTime.at(NOON);

		assertThat(atNoon.exact()).isTrue();
		assertThat(atNoon.distanceTo(Instant.parse("2026-07-16T11:30:00Z"))).isEqualTo(Duration.ofMinutes(30));
		assertThat(atNoon.distanceTo(NOON.toInstant())).isZero();
	}

	@Test
	void aSpanCannotEndBeforeItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestedTime(NOON, NOON.minusSeconds(1)));
	}

}
