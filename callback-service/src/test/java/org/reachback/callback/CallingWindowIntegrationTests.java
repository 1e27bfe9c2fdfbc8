package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.testing.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The calling window, over the real broker and database. French numbers are called 10:00–20:00
 * (as shipped; every other number around the clock in these tests), and the customer is placed in
 * the time zone where it is now between 03:00 and 04:00, so the window is closed whenever the
 * test runs.
 */
@ServiceIntegrationTest
class CallingWindowIntegrationTests extends OtherServices {

	private static final String PARIS_PHONE = "+33142685300";

	private final ZoneOffset threeAtNight = zoneWhereItIsThreeAtNight();

	@Test
	void anAsSoonAsPossibleRequestMadeWhileTheWindowIsClosedIsScheduledForItsOpening() {
		CallbackRequested request = Requests.at(null, PARIS_PHONE, threeAtNight.getId());

		otherServices.publish(Topics.BOT, request);

		CallbackScheduled scheduled = awaitNth(request.callbackId(), CallbackScheduled.class, 1);
		assertThat(scheduled.asSoonAsPossible()).isTrue();
		assertThat(scheduled.dueAt()).isEqualTo(tenInTheMorning());
		assertThat(table.reasons(request.callbackId())).last().asString()
			.contains("the calling window (10:00–20:00 in " + threeAtNight.getId() + ") is closed now");
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> published.of(request.callbackId(), CallbackDue.class).isEmpty()
					&& "SCHEDULED".equals(table.status(request.callbackId())));
	}

	@Test
	void whenItsTimeComesWhileTheWindowIsClosedTheAttemptStartsAtTheOpeningInstead() {
		Instant tomorrowAtNoon = tenInTheMorning().plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
		CallbackRequested request = Requests.at(tomorrowAtNoon, PARIS_PHONE, threeAtNight.getId());
		otherServices.publish(Topics.BOT, request);
		bookAskedSlot(request.callbackId(), 1);
		awaitNth(request.callbackId(), CallbackScheduled.class, 1);

		table.dueNow(request.callbackId());

		CallbackScheduled deferred = awaitNth(request.callbackId(), CallbackScheduled.class, 2);
		assertThat(deferred.dueAt()).isEqualTo(tenInTheMorning());
		assertThat(table.appliedTransitions(request.callbackId())).containsExactly("null->REQUESTED",
				"REQUESTED->SCHEDULED", "SCHEDULED->SCHEDULED");
		assertThat(table.reasons(request.callbackId())).last().asString()
			.contains("is closed: the attempt starts when it opens, at " + tenInTheMorning());
		assertThat(published.of(request.callbackId(), CallbackDue.class)).isEmpty();
	}

	/** Today's 10:00 where it is three at night now. */
	private Instant tenInTheMorning() {
		ZonedDateTime local = Instant.now().atZone(threeAtNight);
		return local.toLocalDate().atTime(LocalTime.of(10, 0)).atZone(threeAtNight).toInstant();
	}

	private static ZoneOffset zoneWhereItIsThreeAtNight() {
		int utcHour = Instant.now().atZone(ZoneOffset.UTC).getHour();
		return ZoneOffset.ofHours(Math.floorMod(3 - utcHour + 12, 24) - 12);
	}

}
