package org.reachback.launcher.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import org.reachback.launcher.Service;

/**
 * What one seed of the campaign does: how many callback requests at what rate, and every how often
 * each fault strikes while the first two thirds of them arrive. The seed decides which service
 * each kill hits and shifts each fault by up to a quarter of its period, so that twenty seeds meet
 * twenty different interleavings of faults and flows.
 *
 * @param cutEvery how often every connection to the broker and the database is cut, alternately
 */
record FaultPlan(long seed, int requests, double perSecond, Duration killEvery, Duration brokerEvery,
		Duration postgresEvery, Duration cutEvery) {

	enum Kind {

		/** kill -9 of one service process; the launcher restarts it. */
		KILL,

		/** kill -9 of the broker, started again on the same logs. */
		BROKER_RESTART,

		/** An immediate shutdown of PostgreSQL (no checkpoint), started again on the same data. */
		POSTGRES_RESTART,

		/** Every open connection through the broker's proxy is closed. */
		CUT_BROKER,

		/** Every open connection through the database's proxy is closed. */
		CUT_POSTGRES

	}

	/** @param service the service a {@link Kind#KILL} hits, {@code null} for the other kinds */
	record Fault(Duration at, Kind kind, Service service) {

		@Override
		public String toString() {
			return kind + (service == null ? "" : " " + service.module()) + " at " + at.toMillis() / 1000.0 + " s";
		}

	}

	/** How long the requests take to send at the plan's rate. */
	Duration load() {
		return Duration.ofMillis(Math.round(requests * 1000 / perSecond));
	}

	/**
	 * When faults strike: the first two thirds of the load, so that the arrivals of the last third
	 * show whether the suite recovered from the last fault.
	 */
	Duration faultWindow() {
		return load().multipliedBy(2).dividedBy(3);
	}

	/** Every fault, in the order they strike. */
	List<Fault> schedule() {
		Random random = new Random(seed);
		Service[] services = Service.values();
		List<Fault> faults = new ArrayList<>();
		add(faults, random, killEvery, (at, n) -> new Fault(at, Kind.KILL, services[random.nextInt(services.length)]));
		add(faults, random, brokerEvery, (at, n) -> new Fault(at, Kind.BROKER_RESTART, null));
		add(faults, random, postgresEvery, (at, n) -> new Fault(at, Kind.POSTGRES_RESTART, null));
		add(faults, random, cutEvery,
				(at, n) -> new Fault(at, n % 2 == 0 ? Kind.CUT_BROKER : Kind.CUT_POSTGRES, null));
		faults.sort(Comparator.comparing(Fault::at));
		return faults;
	}

	/**
	 * One fault per period within the fault window, each shifted by up to a quarter period either
	 * way; a period longer than the window still strikes once, in its middle half.
	 */
	private void add(List<Fault> faults, Random random, Duration every, BiFunction<Duration, Integer, Fault> fault) {
		long window = faultWindow().toMillis();
		long period = every.toMillis();
		int n = 0;
		for (long at = period; at < window; at += period) {
			long shifted = at + (long) ((random.nextDouble() - 0.5) * period / 2);
			if (shifted < window) {
				faults.add(fault.apply(Duration.ofMillis(shifted), n++));
			}
		}
		if (n == 0) {
			faults.add(fault.apply(Duration.ofMillis(window / 4 + (long) (random.nextDouble() * window / 2)), 0));
		}
	}

}
