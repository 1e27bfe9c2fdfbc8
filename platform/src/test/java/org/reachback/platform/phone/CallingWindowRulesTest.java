package org.reachback.platform.phone;

import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class CallingWindowRulesTest {

	private final CallingWindowRules rules = bind(Map.of("reachback.calling-window.countries.FR.start", "10:00",
			"reachback.calling-window.countries.FR.end", "20:00"));

	@Test
	void theDefaultIsEightToNineInTheCalleesTimeZone() {
		assertThat(rules.windowFor("+442079460958", "Europe/London"))
			.isEqualTo(CallingWindow.of(CallingHours.DEFAULT, ZoneId.of("Europe/London")));
	}

	@Test
	void aCountryWithHoursOfItsOwnIsCalledInThoseHours() {
		assertThat(rules.windowFor("+33142685300", "Europe/Paris").hours()).isEqualTo(CallingHours.of("10:00", "20:00"));
		assertThat(rules.hoursIn("fr")).isEqualTo(CallingHours.of("10:00", "20:00"));
		assertThat(rules.hoursIn("GB")).isEqualTo(CallingHours.DEFAULT);
	}

	@Test
	void withoutTheCustomersTimeZoneEveryZoneOfTheNumbersCountryCounts() {
		assertThat(rules.windowFor("+14155552671", null).zones()).contains(ZoneId.of("America/New_York"),
				ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Honolulu"));
		assertThat(rules.windowFor("+33142685300", "not/a-zone").zones()).containsExactly(ZoneId.of("Europe/Paris"));
		assertThat(rules.windowFor("+881612345678", null).zones()).containsExactly(ZoneId.of("Etc/UTC"));
	}

	@Test
	void unconfiguredRulesAreTheDefaults() {
		assertThat(bind(Map.of())).isEqualTo(CallingWindowRules.defaults());
		assertThat(bind(Map.of("reachback.calling-window.start", "09:00")).defaultHours())
			.isEqualTo(CallingHours.of("09:00", "21:00"));
	}

	private static CallingWindowRules bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("reachback.calling-window",
				CallingWindowRules.class);
	}

}
