package org.reachback.interaction;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackScheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AvailabilityIntegrationTests extends ContactCentreIntegrationTest {

	@Test
	void slotsCoverTheHorizonWithCapacityFromStaffedAgents() {
		await().until(() -> slots("billing") > 0 && maxCapacity("billing") == 0);
		// open all day in the test configuration: 24 h of 30-minute slots, less the one under way
		assertThat(slots("billing")).isBetween(47, 48);

		centre.available("maria", "sam");

		// 2 agents x 30 min / 6 min
		await().until(() -> minCapacity("billing") == 10);
		// tech-support: nobody staffed, nothing to book
		assertThat(maxCapacity("tech-support")).isZero();
	}

	@Test
	void scheduledCallbacksBookTheirSlotUntilCancelled() {
		centre.available("maria");
		await().until(() -> minCapacity("billing") == 5);
		Slot last = jdbc.sql("""
				select slot_start, booked, remaining from interaction.callback_availability_view
				where queue = 'billing' order by slot_start desc limit 1""").query(Slot.class).single();

		CallbackScheduled scheduled = new CallbackScheduled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				UUID.randomUUID(), "billing", "+442079460958", last.slotStart().plusSeconds(60), false, null);
		centre.publish(Topics.CALLBACK, scheduled);
		centre.publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				UUID.randomUUID(), "billing", "+442079460958", last.slotStart().plusSeconds(60), true, null));

		await().until(() -> slot(last.slotStart()).booked() == last.booked() + 1);
		assertThat(slot(last.slotStart()).remaining()).isEqualTo(last.remaining() - 1);

		centre.publish(Topics.CALLBACK, new CallbackCancelled(UUID.randomUUID(), Instant.now(),
				scheduled.callbackId(), scheduled.chatId(), "customer cancelled"));
		await().until(() -> slot(last.slotStart()).booked() == last.booked());
		assertThat(slot(last.slotStart()).remaining()).isEqualTo(last.remaining());
	}

	private Slot slot(Instant start) {
		return jdbc.sql("""
				select slot_start, booked, remaining from interaction.callback_availability_view
				where queue = 'billing' and slot_start = ?""")
			.param(java.sql.Timestamp.from(start))
			.query(Slot.class)
			.single();
	}

	private int slots(String queue) {
		return jdbc.sql("select count(*) from interaction.callback_availability_view where queue = ?")
			.param(queue)
			.query(Integer.class)
			.single();
	}

	private int minCapacity(String queue) {
		return jdbc.sql("select coalesce(min(capacity), -1) from interaction.callback_availability_view where queue = ?")
			.param(queue)
			.query(Integer.class)
			.single();
	}

	private int maxCapacity(String queue) {
		return jdbc.sql("select coalesce(max(capacity), -1) from interaction.callback_availability_view where queue = ?")
			.param(queue)
			.query(Integer.class)
			.single();
	}

	record Slot(Instant slotStart, int booked, int remaining) {
	}

}
