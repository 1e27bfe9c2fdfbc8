package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.reachback.interaction.dispatch.InboundPriority.Load;

import static org.assertj.core.api.Assertions.assertThat;

class InboundPriorityTest {

	private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");

	private final InboundPriority priority = new InboundPriority(Clock.fixed(NOW, ZoneOffset.UTC));

	private final Instant dueThreeMinutesAgo = NOW.minus(Duration.ofMinutes(3));

	@Test
	void withoutInboundCustomersWaitingCallbacksMayTakeEveryAgent() {
		assertThat(priority.holdBack(new Load("billing", 4, 0, 4, 0.5), dueThreeMinutesAgo)).isEmpty();
	}

	@Test
	void whileInboundCustomersWaitCallbacksStayWithinTheirShare() {
		assertThat(priority.holdBack(new Load("billing", 4, 2, 1, 0.5), dueThreeMinutesAgo)).isEmpty();
		assertThat(priority.holdBack(new Load("billing", 4, 2, 2, 0.5), dueThreeMinutesAgo)).isPresent();
	}

	@Test
	void theShareIsOfWholeAgentsAndNeverRoundedUp() {
		// half of three agents is one and a half: one callback, not two
		assertThat(InboundPriority.allowed(new Load("billing", 3, 1, 0, 0.5))).isEqualTo(1);
		assertThat(priority.holdBack(new Load("billing", 3, 1, 1, 0.5), dueThreeMinutesAgo)).isPresent();
		// a share that is not exact in binary still gives its whole agents
		assertThat(InboundPriority.allowed(new Load("billing", 10, 1, 0, 0.7))).isEqualTo(7);
		assertThat(InboundPriority.allowed(new Load("billing", 1, 1, 0, 0.5))).isZero();
	}

	@Test
	void aShareOfZeroHoldsEveryCallbackWhileInboundCustomersWait() {
		assertThat(priority.holdBack(new Load("billing", 5, 1, 0, 0.0), dueThreeMinutesAgo)).isPresent();
		assertThat(priority.holdBack(new Load("billing", 5, 0, 0, 0.0), dueThreeMinutesAgo)).isEmpty();
	}

	@Test
	void theReasonSaysWhoWaitsHowManyAgentsCallbacksHaveAndHowLongTheCallbackWaited() {
		String reason = priority.holdBack(new Load("billing", 2, 3, 1, 0.5), dueThreeMinutesAgo).orElseThrow();

		assertThat(reason).isEqualTo("3 inbound customers wait in billing and callbacks already occupy 1 of 2 staffed "
				+ "agents (at most 50% while inbound customers wait); held back after 3 minutes in the queue, keeping its place");
	}

	@Test
	void theWaitIsMeasuredOnTheClock() {
		Clock later = Clock.fixed(NOW.plusSeconds(45), ZoneOffset.UTC);

		assertThat(new InboundPriority(later).holdBack(new Load("faq", 1, 1, 0, 0.5), NOW).orElseThrow())
			.contains("1 inbound customer waits in faq", "held back after 45 seconds");
	}

	@Test
	void oneMoreCallbackOccupyingAnAgentCountsAgainstTheShare() {
		Load load = new Load("billing", 2, 1, 0, 0.5);

		assertThat(priority.holdBack(load, dueThreeMinutesAgo)).isEmpty();
		assertThat(priority.holdBack(load.occupiedByOneMore(), dueThreeMinutesAgo)).isPresent();
	}

}
