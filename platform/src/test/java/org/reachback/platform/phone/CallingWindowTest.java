package org.reachback.platform.phone;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallingWindowTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	private final CallingWindow london = CallingWindow.of(CallingHours.DEFAULT, LONDON);

	@Test
	void itIsOpenFromTheStartInclusiveToTheEndExclusiveInLocalTime() {
		assertThat(london.allows(at("2030-07-01T07:00:00Z"))).as("08:00 BST").isTrue();
		assertThat(london.allows(at("2030-07-01T06:59:59Z"))).as("07:59:59 BST").isFalse();
		assertThat(london.allows(at("2030-07-01T19:59:59Z"))).as("20:59:59 BST").isTrue();
		assertThat(london.allows(at("2030-07-01T20:00:00Z"))).as("21:00 BST").isFalse();
		assertThat(london.allows(at("2030-01-15T20:30:00Z"))).as("20:30 GMT").isTrue();
	}

	@Test
	void outsideTheWindowTheNextAllowedInstantIsItsNextOpening() {
		assertThat(london.nextAllowed(at("2030-07-01T21:30:00Z"))).isEqualTo(at("2030-07-02T07:00:00Z"));
		assertThat(london.nextAllowed(at("2030-01-15T02:00:00Z"))).isEqualTo(at("2030-01-15T08:00:00Z"));
		assertThat(london.nextAllowed(at("2030-01-15T12:34:56Z"))).isEqualTo(at("2030-01-15T12:34:56Z"));
	}

	@Test
	void anOpeningInsideADaylightSavingGapIsTheEndOfTheGap() {
		// 2030-03-31 01:00 GMT the clocks go forward to 02:00 BST: 01:30 never happens
		CallingWindow fromHalfPastOne = CallingWindow.of(CallingHours.of("01:30", "12:00"), LONDON);

		assertThat(fromHalfPastOne.nextAllowed(at("2030-03-31T00:10:00Z"))).isEqualTo(at("2030-03-31T01:00:00Z"));
		assertThat(fromHalfPastOne.allows(at("2030-03-31T00:59:59Z"))).isFalse();
	}

	@Test
	void aRepeatedHourIsAllowedBothTimes() {
		// 2030-10-27 02:00 BST the clocks go back to 01:00 GMT: 01:00-01:30 happens twice
		CallingWindow atOne = CallingWindow.of(CallingHours.of("01:00", "01:30"), LONDON);

		assertThat(atOne.allows(at("2030-10-27T00:15:00Z"))).as("01:15 BST").isTrue();
		assertThat(atOne.allows(at("2030-10-27T00:45:00Z"))).as("01:45 BST").isFalse();
		assertThat(atOne.nextAllowed(at("2030-10-27T00:45:00Z"))).as("01:00 GMT").isEqualTo(at("2030-10-27T01:00:00Z"));
	}

	@Test
	void aNumberAcrossZonesIsCalledOnlyAtHoursAllowedInAllOfThem() {
		CallingWindow coastToCoast = CallingWindow.of(CallingHours.DEFAULT, NEW_YORK, LOS_ANGELES);

		assertThat(coastToCoast.allows(at("2030-01-15T14:00:00Z"))).as("09:00 in New York, 06:00 in LA").isFalse();
		assertThat(coastToCoast.nextAllowed(at("2030-01-15T14:00:00Z"))).isEqualTo(at("2030-01-15T16:00:00Z"));
		assertThat(coastToCoast.allows(at("2030-01-16T01:59:59Z"))).as("20:59 in New York").isTrue();
		assertThat(coastToCoast.nextAllowed(at("2030-01-16T02:00:00Z"))).isEqualTo(at("2030-01-16T16:00:00Z"));
	}

	@Test
	void zonesThatShareHoursOnlyInSomeWeeksOfTheYearOpenInThoseWeeks() {
		// London and New York are five hours apart, four for the weeks between their clock changes
		CallingWindow shortHours = CallingWindow.of(CallingHours.of("10:00", "14:30"), LONDON, NEW_YORK);

		assertThat(shortHours.nextAllowed(at("2030-01-01T00:00:00Z"))).isEqualTo(at("2030-03-10T14:00:00Z"));
	}

	@Test
	void zonesThatNeverShareAnHourNeverOpen() {
		CallingWindow oneHour = CallingWindow.of(CallingHours.of("10:00", "11:00"), LONDON, ZoneId.of("Asia/Tokyo"));

		assertThat(oneHour.nextOpening(at("2030-01-01T00:00:00Z"))).isEmpty();
		assertThatThrownBy(() -> oneHour.nextAllowed(at("2030-01-01T00:00:00Z")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("never opens");
	}

	@Test
	void hoursEndingAtMidnightRunToTheEndOfTheDayAndMidnightToMidnightIsAlwaysOpen() {
		CallingWindow evening = CallingWindow.of(CallingHours.of("18:00", "00:00"), LONDON);
		CallingWindow always = CallingWindow.of(CallingHours.of("00:00", "00:00"), LONDON);

		assertThat(evening.allows(at("2030-01-15T23:59:59Z"))).isTrue();
		assertThat(evening.allows(at("2030-01-16T00:00:00Z"))).isFalse();
		assertThat(always.allows(at("2030-01-16T00:00:00Z"))).isTrue();
		assertThat(always.hours().allDay()).isTrue();
		assertThat(evening).hasToString("18:00–24:00 in Europe/London");
	}

	@Test
	void hoursMustStartBeforeTheyEnd() {
		assertThatThrownBy(() -> CallingHours.of("21:00", "08:00")).hasMessageContaining("spans midnight");
		assertThatThrownBy(() -> CallingWindow.of(CallingHours.DEFAULT)).hasMessageContaining("time zone");
	}

	private static Instant at(String instant) {
		return Instant.parse(instant);
	}

}
