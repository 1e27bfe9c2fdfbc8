package org.reachback.interaction.availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.agent.AgentShiftsChanged;
import org.reachback.events.agent.AgentShiftsChanged.Shift;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException;
import org.reachback.events.agent.AgentShiftsChanged.ShiftException.Kind;
import org.reachback.interaction.agent.AgentShifts;
import org.reachback.interaction.queue.QueueSettings;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The capacity formula: floor(Σ overlap × share / n ÷ AHT), and each agent's own floor(overlap × share ÷ AHT). */
class SlotCapacityTest {

	// Monday 2026-06-01 10:00-10:30 in London
	private static final Slot SLOT = new Slot(Instant.parse("2026-06-01T09:00:00Z"), Instant.parse("2026-06-01T09:30:00Z"));

	@Test
	void anAgentRosteredForTheWholeSlotHandlesItsLengthOverTheHandleTime() {
		SlotCapacity capacity = SlotCapacity.of(SLOT, queue(6, 1.0), List.of(agent("maria", SLOT, "billing")));

		// 1800 s / 360 s
		assertThat(capacity.capacity()).isEqualTo(5);
		assertThat(capacity.agents()).singleElement()
			.satisfies(maria -> assertThat(maria.capacity()).isEqualTo(5))
			.satisfies(maria -> assertThat(maria.rosteredSeconds()).isEqualTo(1800));
		assertThat(capacity.formula()).isEqualTo("floor(1800.00 s / 360 s) = 5");
	}

	@Test
	void aMultiSkilledAgentsTimeIsCountedOnceAcrossTheirQueuesSplitEvenly() {
		// maria: billing and orders; sam: billing and faq; li: orders only
		StaffedAgent maria = agent("maria", SLOT, "billing", "orders");
		StaffedAgent sam = agent("sam", SLOT, "billing", "faq");
		StaffedAgent li = agent("li", SLOT, "orders");

		SlotCapacity billing = SlotCapacity.of(SLOT, queue(6, 1.0), List.of(maria, sam));
		SlotCapacity orders = SlotCapacity.of(SLOT, queue(5, 1.0), List.of(maria, li));
		SlotCapacity faq = SlotCapacity.of(SLOT, queue(4, 1.0), List.of(sam));

		// billing: (1800/2 + 1800/2) / 360; orders: (1800/2 + 1800) / 300; faq: (1800/2) / 240
		assertThat(billing.capacity()).isEqualTo(5);
		assertThat(orders.capacity()).isEqualTo(9);
		assertThat(faq.capacity()).isEqualTo(3);
		// maria's half hour is counted once: half in billing, half in orders
		assertThat(contributed("maria", billing) + contributed("maria", orders)).isEqualTo(1800.0);
		assertThat(billing.agents()).extracting(a -> a.agentId(), a -> a.queues(), a -> a.contributedSeconds().doubleValue())
			.containsExactly(tuple("maria", 2, 900.0), tuple("sam", 2, 900.0));
		// an agent's own capacity for callbacks booked by name is not split: floor(1800 / 360)
		assertThat(billing.agents()).extracting(SlotCapacity.AgentContribution::capacity).containsExactly(5, 5);
	}

	@Test
	void callbacksTakeOnlyTheQueuesShareOfTheAgentsTime() {
		SlotCapacity billing = SlotCapacity.of(SLOT, queue(6, 0.5),
				List.of(agent("maria", SLOT, "billing", "orders"), agent("sam", SLOT, "billing", "faq")));

		// floor((900 + 900) × 0.5 / 360) = floor(2.5)
		assertThat(billing.capacity()).isEqualTo(2);
		assertThat(billing.contributedSeconds()).isEqualByComparingTo("900");
		// floor(1800 × 0.5 / 360) = floor(2.5)
		assertThat(billing.agents()).extracting(SlotCapacity.AgentContribution::capacity).containsExactly(2, 2);
		assertThat(SlotCapacity.of(SLOT, queue(6, 0.0), List.of(agent("maria", SLOT, "billing"))).capacity()).isZero();
	}

	@Test
	void onlyTheRosteredPartOfTheSlotCounts() {
		// rostered until 10:15, and from 10:20: 15 + 10 minutes of the slot
		StaffedAgent partly = new StaffedAgent("li", Set.of("orders"), ImmutableRangeSet.<Instant>builder()
			.add(Range.closedOpen(Instant.parse("2026-06-01T05:00:00Z"), Instant.parse("2026-06-01T09:15:00Z")))
			.add(Range.closedOpen(Instant.parse("2026-06-01T09:20:00Z"), Instant.parse("2026-06-01T12:00:00Z")))
			.build());
		StaffedAgent elsewhere = new StaffedAgent("sam", Set.of("orders"),
				ImmutableRangeSet.of(Range.closedOpen(Instant.parse("2026-06-01T13:00:00Z"), Instant.parse("2026-06-01T17:00:00Z"))));

		SlotCapacity orders = SlotCapacity.of(SLOT, queue(5, 1.0), List.of(partly, elsewhere));

		// 1500 s / 300 s; sam is not rostered in the slot, so not counted
		assertThat(orders.capacity()).isEqualTo(5);
		assertThat(orders.agents()).extracting(SlotCapacity.AgentContribution::agentId).containsExactly("li");
		assertThat(orders.agents().get(0).rosteredSeconds()).isEqualTo(1500);
	}

	@Test
	void contributionsAreAddedExactlyBeforeFlooring() {
		// three agents each with three queues, rostered 1000 s of the slot: 3 × 1000/3 = 1000 s, one callback of 1000 s
		Slot slot = new Slot(SLOT.start(), SLOT.start().plusSeconds(1000));
		List<StaffedAgent> thirds = List.of(agent("a", slot, "x", "y", "z"), agent("b", slot, "x", "y", "z"),
				agent("c", slot, "x", "y", "z"));

		assertThat(SlotCapacity.of(slot, new QueueSettings(Duration.ofSeconds(1000), null, null, null, null, null, 1.0, null),
				thirds).capacity()).isEqualTo(1);
		// and with 0.3 of it (the decimal, not the nearest double): 300 s of 300 s
		assertThat(SlotCapacity.of(slot, new QueueSettings(Duration.ofSeconds(300), null, null, null, null, null, 0.3, null),
				thirds).capacity()).isEqualTo(1);
	}

	@Test
	void nobodyRosteredMeansNoCapacity() {
		SlotCapacity empty = SlotCapacity.of(SLOT, queue(6, 1.0), List.of());

		assertThat(empty.capacity()).isZero();
		assertThat(empty.agents()).isEmpty();
	}

	@Test
	void leaveAndOvertimeChangeWhatTheRosterContributes() {
		// weekly Monday 09:00-10:15 in London; the slot is 10:00-10:30
		List<Shift> mondays = List.of(new Shift(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 15)));
		LocalDate monday = LocalDate.of(2026, 6, 1);

		assertThat(capacityWith(mondays, List.of())).isEqualTo(2);
		assertThat(capacityWith(mondays, List.of(new ShiftException(monday, Kind.LEAVE, null, null)))).isZero();
		assertThat(capacityWith(mondays, List.of(new ShiftException(monday, Kind.OVERTIME, LocalTime.of(10, 15),
				LocalTime.of(12, 0))))).isEqualTo(5);
		// overtime on a day off
		assertThat(capacityWith(List.of(), List.of(new ShiftException(monday, Kind.OVERTIME, LocalTime.of(10, 0),
				LocalTime.of(10, 30))))).isEqualTo(5);
	}

	private static int capacityWith(List<Shift> weekly, List<ShiftException> exceptions) {
		AgentShifts roster = AgentShifts.of(new AgentShiftsChanged(UUID.randomUUID(), Instant.EPOCH, "maria",
				"Europe/London", weekly, exceptions, "test"));
		StaffedAgent maria = new StaffedAgent("maria", Set.of("billing"),
				roster.workingTime(SLOT.start().minusSeconds(86_400), SLOT.end().plusSeconds(86_400)));
		return SlotCapacity.of(SLOT, queue(6, 1.0), List.of(maria)).capacity();
	}

	private static double contributed(String agentId, SlotCapacity capacity) {
		return capacity.agents()
			.stream()
			.filter(agent -> agent.agentId().equals(agentId))
			.mapToDouble(agent -> agent.contributedSeconds().doubleValue())
			.sum();
	}

	private static StaffedAgent agent(String id, Slot rostered, String... skills) {
		return new StaffedAgent(id, Set.of(skills), ImmutableRangeSet.of(Range.closedOpen(rostered.start(), rostered.end())));
	}

	private static QueueSettings queue(int averageHandleMinutes, double share) {
		return new QueueSettings(Duration.ofMinutes(averageHandleMinutes), null, null, null, null, null, share, null);
	}

}
