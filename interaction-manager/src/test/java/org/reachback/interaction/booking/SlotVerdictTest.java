package org.reachback.interaction.booking;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.reachback.interaction.booking.SlotVerdict.AgentAsk;
import org.reachback.interaction.booking.SlotVerdict.Counted;

import static org.assertj.core.api.Assertions.assertThat;

class SlotVerdictTest {

	private static final Instant TEN = Instant.parse("2025-06-03T09:00:00Z");

	private static final SlotRepository.Capacity BILLING_SLOT = new SlotRepository.Capacity(TEN,
			TEN.plusSeconds(1800), 3);

	private static final SlotRepository.Capacity MARIAS_SLOT = new SlotRepository.Capacity(TEN, TEN.plusSeconds(1800),
			1);

	@Test
	void aSlotWithRoomIsBookedWithTheTeam() {
		SlotVerdict verdict = SlotVerdict.decide("billing", new Counted(BILLING_SLOT, 2), null);

		assertThat(verdict.book()).isTrue();
		assertThat(verdict.agentId()).isNull();
		assertThat(verdict.reason()).contains("billing slot 2025-06-03T09:00:00Z", "2 of 3 places were taken");
	}

	@Test
	void aFullSlotIsRefusedWhateverTheAgentsOwnTime() {
		SlotVerdict verdict = SlotVerdict.decide("billing", new Counted(BILLING_SLOT, 3),
				new AgentAsk("maria", "Maria", MARIAS_SLOT, 0));

		assertThat(verdict.book()).isFalse();
		assertThat(verdict.reason()).contains("is full", "3 of 3 places were taken");
	}

	@Test
	void thePreferredAgentsOwnTimeIsUsedWhileItHasRoom() {
		SlotVerdict verdict = SlotVerdict.decide("billing", new Counted(BILLING_SLOT, 1),
				new AgentAsk("maria", "Maria", MARIAS_SLOT, 0));

		assertThat(verdict.book()).isTrue();
		assertThat(verdict.agentId()).isEqualTo("maria");
		assertThat(verdict.reason()).startsWith("Booked with Maria's own time (0 of 1 of Maria's places were taken)");
	}

	@Test
	void whenThePreferredAgentIsFullyBookedTheTeamTakesItAndTheReasonSaysSo() {
		SlotVerdict verdict = SlotVerdict.decide("billing", new Counted(BILLING_SLOT, 1),
				new AgentAsk("maria", "Maria", MARIAS_SLOT, 1));

		assertThat(verdict.book()).isTrue();
		assertThat(verdict.agentId()).isNull();
		assertThat(verdict.reason()).startsWith("Maria has no free time then (1 of 1 of Maria's places were taken)")
			.contains("booked with the team");
	}

	@Test
	void anAgentNotRosteredThenOrUnknownLeavesItToTheTeam() {
		SlotVerdict offShift = SlotVerdict.decide("billing", new Counted(BILLING_SLOT, 0),
				new AgentAsk("maria", "Maria", null, 0));
		SlotVerdict unknown = SlotVerdict.decide("billing", new Counted(BILLING_SLOT, 0),
				new AgentAsk("zoe", null, null, 0));

		assertThat(offShift.book()).isTrue();
		assertThat(offShift.agentId()).isNull();
		assertThat(offShift.reason()).startsWith("Maria is not rostered for billing then");
		assertThat(unknown.agentId()).isNull();
		assertThat(unknown.reason()).startsWith("Nobody called 'zoe' works here");
	}

	@Test
	void aSlotWithoutCapacityIsFull() {
		SlotVerdict verdict = SlotVerdict.decide("billing",
				new Counted(new SlotRepository.Capacity(TEN, TEN.plusSeconds(1800), 0), 0), null);

		assertThat(verdict.book()).isFalse();
	}

}
