package org.reachback.interaction;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.assignment.SlotRefused;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.interaction.callback.CallbackLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Booking against capacity, through the callback topic as callback-service asks for it. The slots
 * are the ones this service generated; a test that needs a slot nearly full fills it with bookings of
 * callbacks of its own, which it releases afterwards, so the tests hold whatever capacity the roster
 * gives.
 */
class BookingIntegrationTests extends ContactCentreIntegrationTest {

	@Autowired
	CallbackLifecycle lifecycle;

	@Autowired
	JsonMapper json;

	private final List<UUID> callbacks = new ArrayList<>();

	@AfterEach
	void releaseTheBookingsMade() {
		callbacks.forEach(id -> jdbc.sql("delete from callback_booking where callback_id = ?").param(id).update());
	}

	@Test
	void aSlotWithRoomIsBookedAndAFullOneIsRefusedWithTheNearestFreeSlots() {
		Slot slot = slotsWithRoom("billing", 1, 1).get(0);
		fill(slot, slot.free() - 1);

		CallbackSlotRequested first = request("billing", slot.start().plusSeconds(60), null, false);
		SlotBooked booked = centre.awaitPublished(SlotBooked.class, b -> b.callbackId().equals(first.callbackId()));
		assertThat(booked.slotStart()).isEqualTo(slot.start());
		assertThat(booked.slotEnd()).isEqualTo(slot.end());
		assertThat(booked.agentId()).isNull();
		assertThat(booked.reason()).contains((slot.capacity() - 1) + " of " + slot.capacity() + " places were taken");
		assertThat(bookedAt(first.callbackId())).isEqualTo(first.slot());

		CallbackSlotRequested second = request("billing", slot.start(), null, false);
		SlotRefused refused = centre.awaitPublished(SlotRefused.class, r -> r.callbackId().equals(second.callbackId()));
		assertThat(refused.problem()).isEqualTo("slot-full");
		assertThat(refused.slotStart()).isEqualTo(slot.start());
		assertThat(refused.reason()).contains("is full", slot.capacity() + " of " + slot.capacity());
		assertThat(refused.nearestFreeSlots()).isNotEmpty().hasSizeLessThanOrEqualTo(5).doesNotContain(slot.start());
		List<Long> distances = refused.nearestFreeSlots()
			.stream()
			.map(start -> Math.abs(Duration.between(slot.start(), start).toSeconds()))
			.toList();
		assertThat(distances).isSorted();
		assertThat(bookings(second.callbackId())).isZero();
		assertThat(bookingsIn(slot)).isEqualTo(slot.capacity());

		JsonNode decisions = json.readTree(centre.call("admin", HttpMethod.GET, "/actuator/queues", null).body())
			.path("decisions");
		assertThat(decisions.get(0).path("callbackId").asString()).isEqualTo(second.callbackId().toString());
		assertThat(decisions.get(0).path("kind").asString()).isEqualTo("SLOT_REFUSED");
		assertThat(decisions.get(0).path("reason").asString()).startsWith("slot-full: ");
		assertThat(decisions.get(1).path("callbackId").asString()).isEqualTo(first.callbackId().toString());
		assertThat(decisions.get(1).path("kind").asString()).isEqualTo("SLOT_BOOKED");
	}

	@Test
	void aMoveKeepsTheOldBookingUntilTheNewSlotIsBooked() {
		List<Slot> slots = slotsWithRoom("billing", 1, 3);
		Slot original = slots.get(0);
		Slot full = slots.get(1);
		Slot free = slots.get(2);
		CallbackSlotRequested booking = request("billing", original.start(), null, false);
		centre.awaitPublished(SlotBooked.class, b -> b.callbackId().equals(booking.callbackId()));
		fill(full, full.free());

		move(booking, full.start());
		SlotRefused refused = centre.awaitPublished(SlotRefused.class, r -> r.callbackId().equals(booking.callbackId()));
		assertThat(refused.problem()).isEqualTo("slot-full");
		assertThat(refused.reason()).startsWith("Kept at " + original.start());
		assertThat(bookedAt(booking.callbackId())).as("the old booking stands").isEqualTo(original.start());

		move(booking, free.start());
		SlotBooked moved = centre.awaitPublished(SlotBooked.class,
				b -> b.callbackId().equals(booking.callbackId()) && b.slotStart().equals(free.start()));
		assertThat(moved.reason()).startsWith("Moved from " + original.start());
		assertThat(bookedAt(booking.callbackId())).isEqualTo(free.start());
		assertThat(bookings(booking.callbackId())).as("one booking per callback, moved").isEqualTo(1);
	}

	@Test
	void aBookingHoldsItsPlaceUntilCancelledOrMadeAsSoonAsPossibleAndBeingScheduledBooksNothing() {
		Slot slot = slotsWithRoom("billing", 2, 1).get(0);
		int before = viewBooked(slot);
		CallbackSlotRequested cancelled = request("billing", slot.start(), null, false);
		CallbackSlotRequested madeAsap = request("billing", slot.start(), null, false);
		centre.awaitPublished(SlotBooked.class, b -> b.callbackId().equals(madeAsap.callbackId()));
		assertThat(viewBooked(slot)).isEqualTo(before + 2);

		UUID unbooked = UUID.randomUUID();
		callbacks.add(unbooked);
		CallbackScheduled scheduled = new CallbackScheduled(UUID.randomUUID(), Instant.now(), unbooked,
				UUID.randomUUID(), "billing", "+442079460958", slot.start(), false, null);
		centre.publish(Topics.CALLBACK, scheduled);
		centre.publish(Topics.CALLBACK, new CallbackCancelled(UUID.randomUUID(), Instant.now(), cancelled.callbackId(),
				cancelled.chatId(), "customer cancelled"));
		centre.publish(Topics.CALLBACK, new CallbackScheduled(UUID.randomUUID(), Instant.now(), madeAsap.callbackId(),
				madeAsap.chatId(), "billing", "+442079460958", Instant.now(), true, null));

		await().until(() -> viewBooked(slot) == before);
		await().until(() -> jdbc.sql("select count(*) from processed_event where event_id = ?")
			.param(scheduled.eventId())
			.query(Integer.class)
			.single() == 1);
		assertThat(bookings(unbooked)).as("CallbackScheduled follows a booking, it makes none").isZero();
	}

	@Test
	void aSlotOutsideHoursOrOfAnUnknownQueueIsRefused() {
		CallbackSlotRequested farAway = request("billing", Instant.now().plus(Duration.ofDays(400)), null, false);
		CallbackSlotRequested unknown = request("returns", Instant.now().plus(Duration.ofDays(1)), null, false);

		SlotRefused outside = centre.awaitPublished(SlotRefused.class, r -> r.callbackId().equals(farAway.callbackId()));
		assertThat(outside.problem()).isEqualTo("outside-hours");
		assertThat(outside.slotStart()).isEqualTo(farAway.slot());
		assertThat(outside.reason()).contains("billing has no bookable slot at " + farAway.slot());
		assertThat(outside.nearestFreeSlots()).isNotEmpty();
		SlotRefused unknownQueue = centre.awaitPublished(SlotRefused.class,
				r -> r.callbackId().equals(unknown.callbackId()));
		assertThat(unknownQueue.problem()).isEqualTo("unknown-queue");
		assertThat(unknownQueue.nearestFreeSlots()).isEmpty();
		assertThat(bookings(farAway.callbackId()) + bookings(unknown.callbackId())).isZero();
	}

	@Test
	void aRepeatedRequestIsAnsweredOnce() {
		Slot slot = slotsWithRoom("billing", 2, 1).get(0);
		CallbackSlotRequested once = request("billing", slot.start(), null, false);
		centre.publish(Topics.CALLBACK, once);

		centre.awaitPublished(SlotBooked.class, b -> b.callbackId().equals(once.callbackId()));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> decisionsOf(once.callbackId()) == 1);
		assertThat(bookingsIn(slot)).isEqualTo(slot.capacity() - slot.free() + 1);
	}

	@Test
	void aPreferredAgentsOwnTimeIsBookedWhileItHasRoomAndOtherwiseTheTeams() {
		Instant mariasSlot = await().until(() -> jdbc.sql("""
				select a.slot_start from agent_slot a join callback_slot s on s.queue = a.queue and s.slot_start = a.slot_start
				where a.agent_id = 'maria' and a.queue = 'billing' and a.capacity > 0 and s.capacity > 0
				  and a.slot_start > ?
				order by a.slot_start desc limit 1""")
			.param(Timestamp.from(Instant.now().plus(Duration.ofHours(1))))
			.query(Instant.class)
			.optional(), java.util.Optional::isPresent).orElseThrow();

		CallbackSlotRequested withMaria = request("billing", mariasSlot, "maria", false);
		CallbackSlotRequested withNobodyKnown = request("billing", mariasSlot, "zoe", false);

		SlotBooked maria = centre.awaitPublished(SlotBooked.class, b -> b.callbackId().equals(withMaria.callbackId()));
		assertThat(maria.agentId()).isEqualTo("maria");
		assertThat(maria.reason()).startsWith("Booked with Maria's own time");
		SlotBooked team = centre.awaitPublished(SlotBooked.class,
				b -> b.callbackId().equals(withNobodyKnown.callbackId()));
		assertThat(team.agentId()).isNull();
		assertThat(team.reason()).startsWith("Nobody called 'zoe' works here; booked with the team");
		assertThat(jdbc.sql("select agent_id from callback_booking where callback_id = ?")
			.param(withMaria.callbackId())
			.query(String.class)
			.single()).isEqualTo("maria");
	}

	@Test
	void fiftyCustomersRaceForTheLastThreePlacesOfASlotAndExactlyThreeAreBooked() throws Exception {
		// with the test roster, a faq slot holds exactly 3; any other slot is filled up to its last 3 places
		Slot slot = smallestSlotWithRoom(3);
		fill(slot, slot.free() - 3);
		List<CallbackSlotRequested> requests = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			UUID callbackId = UUID.randomUUID();
			callbacks.add(callbackId);
			requests.add(new CallbackSlotRequested(UUID.randomUUID(), Instant.now(), callbackId, UUID.randomUUID(),
					"acme", slot.queue(), slot.start().plusSeconds(i), null, false));
		}

		ExecutorService customers = Executors.newFixedThreadPool(50);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> done = new ArrayList<>();
			for (CallbackSlotRequested request : requests) {
				done.add(customers.submit(() -> {
					start.await();
					lifecycle.on(request);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> each : done) {
				each.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			customers.shutdownNow();
		}

		List<UUID> ids = requests.stream().map(CallbackSlotRequested::callbackId).toList();
		assertThat(ids.stream().mapToInt(this::bookings).sum()).isEqualTo(3);
		assertThat(bookingsIn(slot)).as("never above capacity").isEqualTo(slot.capacity());
		await().until(() -> ids.stream()
			.allMatch(id -> centre.findPublished(SlotBooked.class, b -> b.callbackId().equals(id)).isPresent()
					|| centre.findPublished(SlotRefused.class, r -> r.callbackId().equals(id)).isPresent()));
		assertThat(ids.stream()
			.filter(id -> centre.findPublished(SlotBooked.class, b -> b.callbackId().equals(id)).isPresent())
			.count()).isEqualTo(3);
		assertThat(ids.stream()
			.filter(id -> centre.findPublished(SlotRefused.class,
					r -> r.callbackId().equals(id) && r.problem().equals("slot-full")).isPresent())
			.count()).isEqualTo(47);
	}

	// --- requests as callback-service makes them ---

	private CallbackSlotRequested request(String queue, Instant slot, String preferredAgent, boolean reschedule) {
		UUID callbackId = UUID.randomUUID();
		callbacks.add(callbackId);
		CallbackSlotRequested request = new CallbackSlotRequested(UUID.randomUUID(), Instant.now(), callbackId,
				UUID.randomUUID(), "acme", queue, slot, preferredAgent, reschedule);
		centre.publish(Topics.CALLBACK, request);
		return request;
	}

	private void move(CallbackSlotRequested booked, Instant slot) {
		CallbackSlotRequested move = new CallbackSlotRequested(UUID.randomUUID(), Instant.now(), booked.callbackId(),
				booked.chatId(), booked.brand(), booked.queue(), slot, booked.preferredAgent(), true);
		centre.publish(Topics.CALLBACK, move);
	}

	// --- the slots and bookings, as this service keeps them ---

	/**
	 * The latest slots of the queue with at least {@code places} free, well ahead of now, latest first,
	 * so none starts during the test.
	 */
	private List<Slot> slotsWithRoom(String queue, int places, int count) {
		return await().until(() -> jdbc.sql("""
				select s.queue, s.slot_start as start, s.slot_end as "end", s.capacity,
				  s.capacity - (select count(*) from callback_booking b
				                where b.queue = s.queue and b.due_at >= s.slot_start and b.due_at < s.slot_end) as free
				from callback_slot s
				where s.queue = ? and s.slot_start > ?
				  and s.capacity - (select count(*) from callback_booking b
				                    where b.queue = s.queue and b.due_at >= s.slot_start and b.due_at < s.slot_end) >= ?
				order by s.slot_start desc limit ?""")
			.params(queue, Timestamp.from(Instant.now().plus(Duration.ofHours(1))), places, count)
			.query(Slot.class)
			.list(), slots -> slots.size() == count);
	}

	/**
	 * A slot of any queue with at least {@code places} free, well ahead of now: of the smallest such
	 * capacity, so that it is full when those places are.
	 */
	private Slot smallestSlotWithRoom(int places) {
		return await().until(() -> jdbc.sql("""
				select * from (
				  select s.queue, s.slot_start as start, s.slot_end as "end", s.capacity,
				    s.capacity - (select count(*) from callback_booking b
				                  where b.queue = s.queue and b.due_at >= s.slot_start and b.due_at < s.slot_end) as free
				  from callback_slot s where s.slot_start > ?) slot
				where free >= ? order by capacity, start desc limit 1""")
			.params(Timestamp.from(Instant.now().plus(Duration.ofHours(1))), places)
			.query(Slot.class)
			.optional(), java.util.Optional::isPresent).orElseThrow();
	}

	/** Books {@code places} in the slot for callbacks of this test's own, directly. */
	private void fill(Slot slot, int places) {
		for (int i = 0; i < places; i++) {
			UUID callbackId = UUID.randomUUID();
			callbacks.add(callbackId);
			jdbc.sql("insert into callback_booking (callback_id, queue, due_at) values (?, ?, ?)")
				.params(callbackId, slot.queue(), Timestamp.from(slot.start()))
				.update();
		}
	}

	private int bookingsIn(Slot slot) {
		return jdbc.sql("select count(*) from callback_booking where queue = ? and due_at >= ? and due_at < ?")
			.params(slot.queue(), Timestamp.from(slot.start()), Timestamp.from(slot.end()))
			.query(Integer.class)
			.single();
	}

	private int viewBooked(Slot slot) {
		return jdbc.sql("select booked from interaction.callback_availability_view where queue = 'billing' and slot_start = ?")
			.param(Timestamp.from(slot.start()))
			.query(Integer.class)
			.single();
	}

	private int bookings(UUID callbackId) {
		return jdbc.sql("select count(*) from callback_booking where callback_id = ?")
			.param(callbackId)
			.query(Integer.class)
			.single();
	}

	private Instant bookedAt(UUID callbackId) {
		return jdbc.sql("select due_at from callback_booking where callback_id = ?")
			.param(callbackId)
			.query(Instant.class)
			.single();
	}

	private int decisionsOf(UUID callbackId) {
		return jdbc.sql("select count(*) from decision where callback_id = ?")
			.param(callbackId)
			.query(Integer.class)
			.single();
	}

	record Slot(String queue, Instant start, Instant end, int capacity, int free) {
	}

}
