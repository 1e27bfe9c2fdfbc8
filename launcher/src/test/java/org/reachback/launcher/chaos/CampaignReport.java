package org.reachback.launcher.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.reachback.launcher.chaos.FaultCampaign.Injected;
import org.reachback.launcher.chaos.FaultCampaign.Result;

/** The campaign's figures as the Markdown tables of docs/reliability.md. */
final class CampaignReport {

	private CampaignReport() {
	}

	static String markdown(List<Result> results) {
		StringBuilder out = new StringBuilder();
		FaultPlan plan = results.get(0).plan();
		out.append(String.format(Locale.ROOT,
				"%d seed(s); per seed %d callback requests at %.0f/s; a kill every %d s, a broker restart every %d s,"
						+ " a PostgreSQL restart every %d s, a connection cut every %d s%n%n",
				results.size(), plan.requests(), plan.perSecond(), plan.killEvery().toSeconds(),
				plan.brokerEvery().toSeconds(), plan.postgresEvery().toSeconds(), plan.cutEvery().toSeconds()));
		out.append("| seed | acknowledged | abandoned | missing | duplicate callbacks | cancelled / lost"
				+ " | sessions beyond attempts"
				+ " | transcript gaps / doubled / reordered | stuck | stale customer views | undelivered events"
				+ " | chats unanswered | dead letters | completed | latency p50 / p99 / max (ms) | faults | restarts |\n");
		out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (Result result : results) {
			Invariants found = result.invariants();
			out.append(String.format(Locale.ROOT,
					"| %d | %d | %d | %d | %d | %d / %d | %d | %d / %d / %d | %s | %d | %d | %d | %s | %d | %d / %d / %d | %d | %d |%n",
					result.plan().seed(), found.acknowledged(), result.abandoned().size(), found.missing(), found.duplicates(),
					result.cancelled(), found.lostCancellations(), found.extraSessions(), found.gaps(), found.doubled(),
					found.reordered(),
					found.stuck().isEmpty() ? "0" : found.stuck().toString(), found.staleViews(), found.undelivered(),
					found.unanswered(), found.deadLetters().isEmpty() ? "0" : found.deadLetters().toString(),
					found.completed(), result.latency().getValueAtPercentile(50), result.latency().getValueAtPercentile(99),
					result.latency().getMaxValue(), result.faults().size(),
					result.restarts().values().stream().mapToInt(Integer::intValue).sum()));
		}
		out.append('\n');
		for (Result result : results) {
			out.append(String.format(Locale.ROOT,
					"- seed %d: %d steps repeated by customers; settled in %.0f s once every customer was done;"
							+ " agents completed %d sessions; faults struck up to %.1f s late (a broker restart"
							+ " holds the next fault)%n",
					result.plan().seed(), result.repeats(), result.settled().toMillis() / 1000.0,
					result.completedByAgents(),
					result.faults().stream().mapToLong(fault -> fault.late().toMillis()).max().orElse(0) / 1000.0));
		}
		results.stream()
			.flatMap(result -> result.abandoned().stream().map(a -> "seed " + result.plan().seed() + ", abandoned: " + a))
			.forEach(abandoned -> out.append("\n- ").append(abandoned));
		results.stream()
			.flatMap(result -> result.invariants().examples().stream().map(e -> "seed " + result.plan().seed() + ", " + e))
			.forEach(example -> out.append("\n- ").append(example));
		out.append("\n\nRecovery: from the fault until every service was ready with consumer lag back within what it"
				+ " was before the first fault, and until the p99 latency of five seconds of arrivals was back within"
				+ " twice what it was (at least 200 ms more); worst p99 latency of the requests that arrived meanwhile.\n\n");
		out.append("| fault | injected | ready, lag normal: median / max (s) | latency normal: median / max (s)"
				+ " | never recovered | p99 latency meanwhile, worst (ms) |\n");
		out.append("|---|---|---|---|---|---|\n");
		for (FaultPlan.Kind kind : FaultPlan.Kind.values()) {
			List<Injected> injected = results.stream()
				.flatMap(result -> result.faults().stream())
				.filter(fault -> fault.fault().kind() == kind)
				.toList();
			if (!injected.isEmpty()) {
				OptionalLong worst = injected.stream()
					.map(Injected::p99DuringMillis)
					.flatMapToLong(OptionalLong::stream)
					.max();
				out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %d | %s |%n", kind, injected.size(),
						spread(injected, Injected::readyAgain), spread(injected, Injected::latencyAgain),
						injected.stream().filter(fault -> fault.recovery().isEmpty()).count(),
						worst.isPresent() ? String.valueOf(worst.getAsLong()) : "- (none acknowledged)"));
			}
		}
		return out.toString();
	}

	/** Median and maximum of the durations that were measured, in seconds. */
	private static String spread(List<Injected> injected, Function<Injected, Optional<Duration>> measure) {
		List<Duration> measured = injected.stream().map(measure).flatMap(Optional::stream).sorted().toList();
		return measured.isEmpty() ? "-"
				: seconds(measured.get(measured.size() / 2)) + " / " + seconds(measured.get(measured.size() - 1));
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
	}

}
