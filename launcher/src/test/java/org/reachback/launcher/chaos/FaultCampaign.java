package org.reachback.launcher.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.reachback.infra.Directories;
import org.reachback.infra.LocalKafka;
import org.reachback.infra.LocalPostgres;
import org.reachback.infra.Ports;
import org.reachback.launcher.LocalSuite;
import org.reachback.launcher.Service;
import org.reachback.launcher.chaos.Customers.Acknowledged;
import org.reachback.launcher.chaos.FaultPlan.Fault;
import org.reachback.testing.logs.LogGate;

/**
 * One seed of the fault campaign: the whole suite as the local run starts it, but reaching the
 * broker and the database through {@link TcpProxy proxies}; customers requesting callbacks at the
 * plan's rate, agents taking them; the plan's faults injected on time; then, with the faults over,
 * the suite left to settle and the {@link Invariants} read from its databases.
 */
final class FaultCampaign {

	/** Longer than an offer's timeout (60 s), so that offers left open by stopped agents go back to waiting. */
	private static final Duration SETTLE = Duration.ofSeconds(90);

	/** A settling suite that leaves fewer unsettled within this is given this much longer. */
	private static final Duration PROGRESS = Duration.ofSeconds(30);

	/** However long the backlog an overload left, settling ends after this. */
	private static final Duration LONGEST_SETTLE = Duration.ofMinutes(20);

	/** Rate limits are per client address, and all the campaign's customers come from this machine's. */
	private static final List<String> SETTINGS = List.of("--reachback.web.rate-limits.enabled=false");

	/** When a fault was injected, and how late on its schedule (a broker restart blocks the next fault). */
	private record Struck(long nanos, long lateNanos) {

	}

	/**
	 * A fault as it was injected, and how long the suite took to recover from it: to be ready with
	 * normal consumer lag again, and for latency to be back to normal; the p99 latency of the
	 * requests that arrived meanwhile, empty when none of them was acknowledged.
	 */
	record Injected(Fault fault, Duration late, Optional<Duration> readyAgain, Optional<Duration> latencyAgain,
			OptionalLong p99DuringMillis) {

		/** Until both were back; empty if either never was. */
		Optional<Duration> recovery() {
			return readyAgain.flatMap(ready -> latencyAgain.map(latency -> ready.compareTo(latency) >= 0 ? ready : latency));
		}

	}

	/**
	 * What one seed measured.
	 *
	 * @param latency milliseconds from when a request was due until its callback id came back
	 * @param cancelled cancellations the chat API acknowledged
	 */
	record Result(FaultPlan plan, Invariants invariants, List<Injected> faults, Histogram latency, int cancelled,
			List<String> abandoned,
			int repeats, List<String> refusals, Duration settled, Map<Service, Integer> restarts, int completedByAgents) {

	}

	private FaultCampaign() {
	}

	/**
	 * @param drain how long the agents may take to work off what is waiting once the faults are
	 * over; what is left waiting is legitimately waiting, so a shorter drain only completes fewer
	 */
	static Result run(Path home, FaultPlan plan, Duration drain) throws Exception {
		Path kafkaLogs = Files.createTempDirectory("reachback-chaos-kafka");
		int kafkaPort = Ports.free();
		LocalPostgres postgres = LocalPostgres.start(0);
		try (TcpProxy toPostgres = TcpProxy.start(0, postgres.port());
				TcpProxy toKafka = TcpProxy.start(0, kafkaPort)) {
			// a failed start closes the database; once started, the suite closes both
			LocalKafka kafka = startBroker(postgres, kafkaLogs, kafkaPort, toKafka.port());
			String jdbcUrl = "jdbc:postgresql://localhost:" + toPostgres.port() + "/postgres";
			Path logs;
			Result result;
			try (LocalSuite suite = LocalSuite.start(home, postgres, jdbcUrl, kafka, SETTINGS);
					Monitor monitor = new Monitor(kafkaPort);
					Agents agents = new Agents()) {
				logs = suite.logs();
				result = campaign(plan, suite, postgres, kafka, toPostgres, toKafka, monitor, agents, drain);
			}
			LogGate.assertClean(logs);
			return result;
		}
		finally {
			Directories.delete(kafkaLogs);
		}
	}

	private static LocalKafka startBroker(LocalPostgres postgres, Path logs, int port, int advertisedPort) {
		try {
			return LocalKafka.start(logs, port, advertisedPort, 3);
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
	}

	private static Result campaign(FaultPlan plan, LocalSuite suite, LocalPostgres postgres, LocalKafka kafka,
			TcpProxy toPostgres, TcpProxy toKafka, Monitor monitor, Agents agents, Duration drain) throws Exception {
		agents.start();
		Customers customers = new Customers(plan.seed());
		long start = System.nanoTime();
		CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
			try {
				customers.run(plan.requests(), plan.perSecond());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		List<Struck> struck = new ArrayList<>();
		List<Fault> schedule = plan.schedule();
		for (Fault fault : schedule) {
			long due = start + fault.at().toNanos();
			LockSupport.parkNanos(due - System.nanoTime());
			long at = System.nanoTime();
			inject(fault, suite, postgres, kafka, toPostgres, toKafka);
			struck.add(new Struck(at, at - due));
		}
		load.get(1, TimeUnit.DAYS);

		long settling = System.nanoTime();
		for (Service service : Service.values()) {
			suite.awaitHealthy(service);
		}
		List<Acknowledged> acknowledged = customers.acknowledged();
		awaitSettled(postgres, acknowledged, customers.opened(), drain, Set.of());
		agents.stopAccepting();
		awaitSettled(postgres, acknowledged, customers.opened(), SETTLE, Set.of("SCHEDULED", "DUE"));
		Duration settled = Duration.ofNanos(System.nanoTime() - settling);
		Invariants invariants = Invariants.check(postgres.jdbcUrl(), postgres.username(), postgres.password(),
				acknowledged, customers.cancelled(), customers.opened(), monitor.deadLetters());

		Histogram latency = histogram(acknowledged, Long.MIN_VALUE, Long.MAX_VALUE);
		long firstFault = schedule.isEmpty() ? Long.MAX_VALUE : struck.get(0).nanos();
		long normalLag = monitor.normalLagBefore(firstFault);
		long before = histogram(acknowledged, Long.MIN_VALUE, firstFault).getValueAtPercentile(99);
		long normalLatency = Math.max(2 * before, before + 200);
		List<Injected> injected = new ArrayList<>();
		for (int i = 0; i < schedule.size(); i++) {
			long at = struck.get(i).nanos();
			Optional<Duration> ready = monitor.recoveryAfter(at, normalLag);
			Optional<Duration> fast = latencyBack(acknowledged, at, normalLatency);
			long until = at + ready.orElse(Duration.ofMinutes(1)).plusSeconds(1).toNanos();
			Histogram during = histogram(acknowledged, at, until);
			injected.add(new Injected(schedule.get(i), Duration.ofNanos(struck.get(i).lateNanos()), ready, fast,
					during.getTotalCount() == 0 ? OptionalLong.empty() : OptionalLong.of(during.getValueAtPercentile(99))));
		}
		System.out.println("[chaos] consumer lag by group at the end: " + monitor.lagByGroup()
				+ "; normal before the faults: " + normalLag);
		Map<Service, Integer> restarts = new EnumMap<>(Service.class);
		for (Service service : Service.values()) {
			restarts.put(service, suite.restarts(service));
		}
		return new Result(plan, invariants, injected, latency, customers.cancelled().size(), customers.abandoned(),
				customers.repeats(),
				customers.refusals(), settled, restarts, agents.completed());
	}

	/** Milliseconds from due to acknowledged of the requests due in {@code [from, until)}. */
	private static Histogram histogram(List<Acknowledged> requests, long from, long until) {
		Histogram histogram = new Histogram(3);
		requests.stream()
			.filter(request -> request.startNanos() >= from && request.startNanos() < until)
			.forEach(request -> histogram.recordValue(Math.max(1, request.latencyNanos() / 1_000_000)));
		return histogram;
	}

	/**
	 * When latency was back to normal after a fault at {@code at}: the end of the first five-second
	 * window of arrivals after it whose p99 was within {@code normalMillis}; empty if none was.
	 */
	private static Optional<Duration> latencyBack(List<Acknowledged> requests, long at, long normalMillis) {
		long window = Duration.ofSeconds(5).toNanos();
		long last = requests.stream().mapToLong(Acknowledged::startNanos).max().orElse(at);
		for (long from = at; from + window <= last; from += Duration.ofSeconds(1).toNanos()) {
			Histogram arrivals = histogram(requests, from, from + window);
			if (arrivals.getTotalCount() > 0 && arrivals.getValueAtPercentile(99) <= normalMillis) {
				return Optional.of(Duration.ofNanos(from + window - at));
			}
		}
		return Optional.empty();
	}

	private static void inject(Fault fault, LocalSuite suite, LocalPostgres postgres, LocalKafka kafka,
			TcpProxy toPostgres, TcpProxy toKafka) {
		System.out.println("[chaos] " + fault);
		switch (fault.kind()) {
			case KILL -> suite.crash(fault.service());
			case BROKER_RESTART -> {
				kafka.kill();
				kafka.restart();
			}
			case POSTGRES_RESTART -> {
				postgres.crash();
				postgres.resume();
			}
			case CUT_BROKER -> toKafka.cut();
			case CUT_POSTGRES -> toPostgres.cut();
		}
	}

	/**
	 * Waits until every acknowledged callback is at callback-service and in a finished or an allowed
	 * status, and every chat opened has the bot's answer: for {@code within}, and for as long after
	 * that as the suite keeps working off what is left (fewer unsettled every {@link #PROGRESS}),
	 * up to {@link #LONGEST_SETTLE}. A backlog left by an overload is worked off; what is lost stays.
	 */
	static void awaitSettled(LocalPostgres postgres, List<Acknowledged> acknowledged, List<String> opened,
			Duration within, Set<String> allowed) throws SQLException {
		long start = System.nanoTime();
		long deadline = start + within.toNanos();
		long cap = start + LONGEST_SETTLE.toNanos();
		int fewest = Integer.MAX_VALUE;
		while (System.nanoTime() < deadline) {
			Map<String, Integer> unsettled = Invariants.unsettled(postgres.jdbcUrl(), postgres.username(),
					postgres.password(), acknowledged, opened);
			if (allowed.containsAll(unsettled.keySet())) {
				return;
			}
			int left = unsettled.entrySet()
				.stream()
				.filter(status -> !allowed.contains(status.getKey()))
				.mapToInt(Map.Entry::getValue)
				.sum();
			if (left < fewest) {
				fewest = left;
				deadline = Math.min(cap, Math.max(deadline, System.nanoTime() + PROGRESS.toNanos()));
			}
			LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
		}
	}

	static Path report(Path directory, List<Result> results) throws IOException {
		Files.createDirectories(directory);
		Path file = directory.resolve("report.md");
		Files.writeString(file, CampaignReport.markdown(results));
		return file;
	}

}
