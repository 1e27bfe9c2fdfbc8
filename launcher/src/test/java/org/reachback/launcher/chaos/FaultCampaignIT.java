package org.reachback.launcher.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reachback.launcher.SharedSuite;
import org.reachback.launcher.chaos.FaultCampaign.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault campaign. In {@code verify} it runs its short form: one seed, 300 callback requests at
 * 3 per second over 100 s, with, in the first 65 s, a kill about every 20 s, a broker restart, a
 * PostgreSQL restart and a cut of the broker's and then of the database's connections.
 * {@code -Pchaos} runs the full campaign (docs/reliability.md): 20 seeds of 10,000 requests at 100
 * per second, a kill every 30 s, a broker restart every 2 minutes, a PostgreSQL restart every 3
 * minutes and a cut every minute (each at least once). Each seed's invariants must all hold, and no
 * customer may be refused; the figures go to {@code launcher/target/chaos/report.md}. The short run
 * also requires every request to be acknowledged and every fault recovered from, which at 3 per
 * second the suite has room for; the full run's rate is more than two cores serve, so it reports
 * those instead ({@code -Dchaos.require-service=false}).
 */
class FaultCampaignIT {

	@Test
	void everyAcknowledgedCallbackIsKeptOnceThroughKillsRestartsAndCuts() throws Exception {
		SharedSuite.stop();
		int seeds = Integer.getInteger("chaos.seeds", 1);
		// a long campaign can be run in parts: seeds first-seed .. first-seed + seeds - 1
		long firstSeed = Long.getLong("chaos.first-seed", 1);
		boolean requireService = Boolean.parseBoolean(System.getProperty("chaos.require-service", "true"));
		List<Result> results = new ArrayList<>();
		for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
			FaultPlan plan = new FaultPlan(seed, Integer.getInteger("chaos.requests", 300),
					Double.parseDouble(System.getProperty("chaos.rate", "3")), seconds("chaos.kill-every", 20),
					seconds("chaos.broker-every", 35), seconds("chaos.postgres-every", 50), seconds("chaos.cut-every", 30));
			Result result = FaultCampaign.run(Path.of(System.getProperty("reachback.home", "..")), plan,
					seconds("chaos.drain", 300));
			results.add(result);
			Path report = FaultCampaign.report(Path.of("target", "chaos"), results);
			System.out.println("[chaos] seed " + seed + " done; " + report.toAbsolutePath());
		}
		System.out.println(CampaignReport.markdown(results));
		for (Result result : results) {
			String seed = "seed " + result.plan().seed() + ": " + result.invariants();
			assertThat(result.invariants().hold()).as(seed).isTrue();
			assertThat(result.refusals()).as(seed).isEmpty();
			assertThat(result.faults()).as(seed).isNotEmpty();
			if (requireService) {
				assertThat(result.abandoned()).as(seed).isEmpty();
				assertThat(result.invariants().acknowledged()).as(seed).isEqualTo(result.plan().requests());
				assertThat(result.faults()).as(seed).allSatisfy(fault -> assertThat(fault.recovery()).isPresent());
			}
		}
	}

	private static Duration seconds(String property, long byDefault) {
		return Duration.ofSeconds(Long.getLong(property, byDefault));
	}

}
