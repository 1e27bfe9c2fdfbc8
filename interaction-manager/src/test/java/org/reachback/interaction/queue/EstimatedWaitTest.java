package org.reachback.interaction.queue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EstimatedWaitTest {

	private static final Duration SIX_MINUTES = Duration.ofMinutes(6);

	@Test
	void nobodyStaffedMeansNoEstimate() {
		assertThat(EstimatedWait.seconds(0, 0, 3, 1, SIX_MINUTES)).isNull();
	}

	@Test
	void anAgentFreeForTheNextInLineMeansNoWait() {
		assertThat(EstimatedWait.seconds(2, 1, 0, 0, SIX_MINUTES)).isZero();
		assertThat(EstimatedWait.seconds(3, 3, 1, 1, SIX_MINUTES)).isZero();
	}

	@Test
	void otherwiseEveryoneAheadAndTheNewcomerShareTheStaffedAgents() {
		// (2 waiting + 1 pending + 1) x 360 s / 2 agents
		assertThat(EstimatedWait.seconds(2, 0, 2, 1, SIX_MINUTES)).isEqualTo(720);
		// available agents that are all spoken for do not help the newcomer
		assertThat(EstimatedWait.seconds(2, 2, 2, 0, SIX_MINUTES)).isEqualTo(540);
	}

	@Test
	void partialSecondsRoundUp() {
		// 1 x 360 s / 7 agents = 51.43 s
		assertThat(EstimatedWait.seconds(7, 0, 0, 0, SIX_MINUTES)).isEqualTo(52);
	}

}
