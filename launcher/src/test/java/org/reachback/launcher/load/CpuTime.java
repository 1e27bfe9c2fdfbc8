package org.reachback.launcher.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.reachback.infra.LocalPostgres;
import org.reachback.launcher.Service;

/**
 * Where the machine's processor time goes, read from {@code /proc}: each service's process, the
 * PostgreSQL server's processes, and the harness's own JVM, which runs the broker and the driver.
 * A run's time minus what the same processes spend idling, divided by its outcomes, is what one
 * operation costs each of them; two cores' worth of milliseconds a second divided by the sum
 * bounds the rate the machine can serve, whatever the latency. Linux counts in clock ticks of
 * 10 ms ({@code USER_HZ} is 100 on every architecture the JDK runs on). Beside it, the
 * transactions the database committed ({@code pg_stat_database}), also per operation, and when
 * {@linkplain Statements#counted() counted} the statements it ran.
 */
final class CpuTime {

	private static final double MS_PER_TICK = 10;

	/** Processor time a second above idling that still counts as quiet: a tenth of a core. */
	private static final double QUIET_MARGIN_MS_PER_SECOND = 100;

	static final String POSTGRES = "postgresql";

	static final String HARNESS = "broker and driver";

	private final Map<Service, Long> services;

	private final LocalPostgres postgres;

	/** Milliseconds of processor time per second each process spends with the suite idle. */
	private Map<String, Double> idlePerSecond = Map.of();

	private double idleCommitsPerSecond;

	/** The statements the database ran, when counted; otherwise null. */
	private final Statements statements;

	CpuTime(Map<Service, Long> services, LocalPostgres postgres) {
		this.services = services;
		this.postgres = postgres;
		this.statements = Statements.counted() ? new Statements(postgres) : null;
	}

	/**
	 * Processor time so far, by process: the milliseconds and when they were read; the database's
	 * commits, and its statements when counted (otherwise null).
	 */
	record Sample(long nanos, Map<String, Double> ms, long commits, Statements.Sample statements) {

	}

	Sample sample() {
		Sample processors = processors();
		return new Sample(processors.nanos(), processors.ms(), commits(),
				statements == null ? null : statements.sample());
	}

	/** Processor time alone, which the wait for quiet reads every second, without querying the database. */
	private Sample processors() {
		Map<String, Double> ms = new LinkedHashMap<>();
		services.forEach((service, pid) -> ms.put(service.module(), ticks(pid, false) * MS_PER_TICK));
		// the server and its backends; the ones that exited are in the server's children's time
		long postgres = ProcessHandle.allProcesses()
			.filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
			.mapToLong(process -> ticks(process.pid(), true))
			.sum();
		ms.put(POSTGRES, postgres * MS_PER_TICK);
		ms.put(HARNESS, ticks(ProcessHandle.current().pid(), false) * MS_PER_TICK);
		return new Sample(System.nanoTime(), ms, 0, null);
	}

	/** What the database ran per operation between the samples, when counted. */
	Optional<String> statementsPerOperation(Sample before, Sample after, long operations) {
		return statements == null || operations == 0 ? Optional.empty()
				: Optional.of(statements.describe(before.statements(), after.statements(), operations));
	}

	/** The database's committed transactions per operation between the samples, less those of idling. */
	double commitsPerOperation(Sample before, Sample after, long operations) {
		double seconds = (after.nanos() - before.nanos()) / 1e9;
		return operations == 0 ? Double.NaN
				: Math.max(0, after.commits() - before.commits() - idleCommitsPerSecond * seconds) / operations;
	}

	private long commits() {
		try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
				ResultSet rows = db.createStatement().executeQuery("select sum(xact_commit) from pg_stat_database")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the database's statistics", ex);
		}
	}

	/** Takes what the processes spend idling, over the time since {@code start}, to be subtracted from every run. */
	void idleSince(Sample start) {
		Sample now = sample();
		idlePerSecond = perSecond(start, now);
		idleCommitsPerSecond = (now.commits() - start.commits()) / ((now.nanos() - start.nanos()) / 1e9);
	}

	/**
	 * What one of {@code operations} cost each process between the samples, less its idle time,
	 * in milliseconds; and the sum, as {@code total}.
	 */
	Map<String, Double> perOperation(Sample before, Sample after, long operations) {
		double seconds = (after.nanos() - before.nanos()) / 1e9;
		Map<String, Double> per = new LinkedHashMap<>();
		after.ms().forEach((process, ms) -> {
			double spent = ms - before.ms().getOrDefault(process, 0.0) - idlePerSecond.getOrDefault(process, 0.0) * seconds;
			per.put(process, operations == 0 ? Double.NaN : Math.max(0, spent) / operations);
		});
		per.put("total", per.values().stream().mapToDouble(Double::doubleValue).sum());
		return per;
	}

	/**
	 * Waits until the processes spend no more than a tenth of a core above their idling, for at
	 * most {@code patience}: a run the suite did not keep up with leaves a backlog that it works off
	 * for a while after the driver stops, and the next run would pay for it.
	 * @return how long it waited
	 */
	Duration awaitQuiet(Duration patience) throws InterruptedException {
		double idle = idlePerSecond.values().stream().mapToDouble(Double::doubleValue).sum();
		long start = System.nanoTime();
		Sample last = processors();
		while (System.nanoTime() - start < patience.toNanos()) {
			TimeUnit.SECONDS.sleep(1);
			Sample now = processors();
			double busy = perSecond(last, now).values().stream().mapToDouble(Double::doubleValue).sum();
			last = now;
			if (busy <= idle + QUIET_MARGIN_MS_PER_SECOND) {
				break;
			}
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** The operations a second the machine's cores could serve at {@code msPerOperation} of processor time each. */
	static double bound(double msPerOperation) {
		return Runtime.getRuntime().availableProcessors() * 1000 / msPerOperation;
	}

	static String describe(Map<String, Double> perOperation) {
		return perOperation.entrySet()
			.stream()
			.map(entry -> String.format("%s %.2f", entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(", ")) + " ms";
	}

	private static Map<String, Double> perSecond(Sample from, Sample to) {
		double seconds = (to.nanos() - from.nanos()) / 1e9;
		Map<String, Double> rates = new LinkedHashMap<>();
		to.ms().forEach((process, ms) -> rates.put(process, (ms - from.ms().getOrDefault(process, 0.0)) / seconds));
		return rates;
	}

	/** A process's user and system ticks (fields 14 and 15 of its {@code stat}), and its reaped children's. */
	private static long ticks(long pid, boolean withChildren) {
		String stat;
		try {
			stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
		}
		catch (IOException ex) {
			if (Files.exists(Path.of("/proc", String.valueOf(pid)))) {
				throw new UncheckedIOException(ex);
			}
			return 0; // a backend that exited since it was listed
		}
		// the command name in parentheses may hold spaces; the fields after it start at field 3
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return withChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
	}

}
