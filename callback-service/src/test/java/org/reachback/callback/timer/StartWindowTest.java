package org.reachback.callback.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.platform.phone.CallingHours;
import org.reachback.platform.phone.CallingWindowRules;

import static org.assertj.core.api.Assertions.assertThat;

class StartWindowTest {

	private final StartWindow startWindow = new StartWindow(new CallingWindowRules(LocalTime.of(8, 0),
			LocalTime.of(21, 0), Map.of("FR", CallingHours.of("10:00", "20:00"), "RU", CallingHours.of("10:00", "11:00"))));

	@Test
	void anAttemptStartsWhenTheCalleesWindowIsOpen() {
		Clock nineInLondon = Clock.fixed(Instant.parse("2030-01-15T09:00:00Z"), ZoneOffset.UTC);

		assertThat(startWindow.decide(due("+442079460958", "Europe/London"), nineInLondon.instant()))
			.isEqualTo(new StartWindow.Start());
	}

	@Test
	void anAttemptDueWhileTheWindowIsClosedStartsWhenItOpens() {
		Clock nineInParis = Clock.fixed(Instant.parse("2030-01-15T08:00:00Z"), ZoneOffset.UTC);
		Callback callback = due("+33142685300", "Europe/Paris");

		assertThat(startWindow.decide(callback, nineInParis.instant()))
			.isInstanceOfSatisfying(StartWindow.Defer.class, defer -> {
				assertThat(defer.at()).isEqualTo(Instant.parse("2030-01-15T09:00:00Z"));
				assertThat(defer.reason()).isEqualTo("due at " + callback.dueAt()
						+ ", but the calling window (10:00–20:00 in Europe/Paris) is closed: the attempt starts when"
						+ " it opens, at 2030-01-15T09:00:00Z");
			});
	}

	@Test
	void theCustomersOwnTimeZoneDecidesOverTheNumbersCountry() {
		Clock nineInLondon = Clock.fixed(Instant.parse("2030-01-15T09:00:00Z"), ZoneOffset.UTC);

		assertThat(startWindow.decide(due("+442079460958", "Asia/Tokyo"), nineInLondon.instant()))
			.as("18:00 in Tokyo")
			.isEqualTo(new StartWindow.Start());
		assertThat(startWindow.decide(due("+442079460958", "America/New_York"), nineInLondon.instant()))
			.as("04:00 in New York")
			.isInstanceOf(StartWindow.Defer.class);
	}

	@Test
	void aCalleeWhoseZonesShareNoCallingHoursIsNeverCalled() {
		Clock anyTime = Clock.offset(Clock.fixed(Instant.parse("2030-01-15T09:00:00Z"), ZoneOffset.UTC),
				Duration.ofHours(5));

		assertThat(startWindow.decide(due("+74951234567", null), anyTime.instant()))
			.isInstanceOfSatisfying(StartWindow.Never.class,
					never -> assertThat(never.reason()).contains("never opens"));
	}

	private static Callback due(String phone, String timeZone) {
		UUID chatId = UUID.randomUUID();
		Instant dueAt = Instant.parse("2030-01-15T07:00:00Z");
		CallbackContext context = new CallbackContext(chatId, "acme", "billing", phone, null,
				new Customer("Ana", null, timeZone, null), "billing_dispute", HandoverReason.INTENT_NOT_HANDLED,
				"not handled", List.of());
		return new Callback(UUID.randomUUID(), chatId, CallbackStatus.SCHEDULED, "billing", phone, dueAt, false, null,
				context, 0, null, null, null, null, dueAt, dueAt, dueAt, null);
	}

}
