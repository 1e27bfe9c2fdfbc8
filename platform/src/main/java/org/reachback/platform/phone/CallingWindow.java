package org.reachback.platform.phone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a call to one number may start: at instants whose local time is within the
 * {@link CallingHours} in <em>every</em> one of the number's time zones (a number that spans zones
 * may be called only at hours allowed in all of them). Local time is read from each zone's rules at
 * the instant itself, so DST gaps, overlaps and skipped days need no special cases: an hour that
 * does not exist locally is never allowed, and a repeated hour is allowed both times.
 * <p>
 * Services get the window of a callee from {@link CallingWindowRules#windowFor(String, String)};
 * {@code of} builds one from its parts.
 */
public final class CallingWindow {

	/**
	 * How far {@link #nextOpening(Instant)} looks: a year and more, since zones whose shared hours
	 * vanish in one DST season may share some again in the other.
	 */
	private static final Duration HORIZON = Duration.ofDays(400);

	private final CallingHours hours;

	private final List<ZoneId> zones;

	private CallingWindow(CallingHours hours, List<ZoneId> zones) {
		this.hours = hours;
		this.zones = zones;
	}

	/** @param zones at least one */
	public static CallingWindow of(CallingHours hours, Collection<ZoneId> zones) {
		if (hours == null || zones == null || zones.isEmpty()) {
			throw new IllegalArgumentException("A calling window needs hours and at least one time zone");
		}
		return new CallingWindow(hours, zones.stream().distinct().toList());
	}

	public static CallingWindow of(CallingHours hours, ZoneId... zones) {
		return of(hours, List.of(zones));
	}

	public CallingHours hours() {
		return hours;
	}

	/** The callee's zones, each of which must allow a call. */
	public List<ZoneId> zones() {
		return zones;
	}

	/** Whether a call may start at {@code instant}. */
	public boolean allows(Instant instant) {
		return zones.stream().allMatch(zone -> hours.contains(LocalTime.ofInstant(instant, zone)));
	}

	/**
	 * The earliest instant at or after {@code from} at which a call may start.
	 * @throws IllegalStateException when the zones share no calling hours within a year (the
	 * hours are too short for how far apart the zones are); see {@link #nextOpening(Instant)}
	 */
	public Instant nextAllowed(Instant from) {
		return nextOpening(from).orElseThrow(() -> new IllegalStateException(
				"The calling window " + this + " never opens: its zones share no allowed hour"));
	}

	/**
	 * Like {@link #nextAllowed(Instant)}, empty when the window does not open within a year.
	 * <p>
	 * Each zone in turn moves the candidate to its own earliest allowed instant at or after it,
	 * until no zone moves it: since no zone allows anything before its own answer, no instant
	 * allowed by all of them is ever skipped.
	 */
	public Optional<Instant> nextOpening(Instant from) {
		Instant limit = from.plus(HORIZON);
		Instant candidate = from;
		while (!candidate.isAfter(limit)) {
			boolean moved = false;
			for (ZoneId zone : zones) {
				Instant allowed = nextAllowedIn(zone.getRules(), candidate);
				if (allowed.isAfter(candidate)) {
					candidate = allowed;
					moved = true;
				}
			}
			if (!moved) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * The earliest allowed instant at or after {@code from} in one zone. Between two offset
	 * transitions local time runs evenly, so within such a stretch the answer is either
	 * {@code from} itself or the next local opening; past the stretch's end the search continues
	 * from the transition, with the new offset.
	 */
	private Instant nextAllowedIn(ZoneRules rules, Instant from) {
		Instant at = from;
		while (true) {
			ZoneOffset offset = rules.getOffset(at);
			LocalDateTime local = LocalDateTime.ofInstant(at, offset);
			if (hours.contains(local.toLocalTime())) {
				return at;
			}
			LocalDate day = local.toLocalTime().isBefore(hours.start()) ? local.toLocalDate()
					: local.toLocalDate().plusDays(1);
			Instant opening = day.atTime(hours.start()).toInstant(offset);
			ZoneOffsetTransition transition = rules.nextTransition(at);
			if (transition == null || opening.isBefore(transition.getInstant())) {
				return opening;
			}
			at = transition.getInstant();
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CallingWindow window && hours.equals(window.hours) && zones.equals(window.zones);
	}

	@Override
	public int hashCode() {
		return 31 * hours.hashCode() + zones.hashCode();
	}

	/** e.g. {@code 08:00–21:00 in Europe/London}, for reasons and logs. */
	@Override
	public String toString() {
		return hours + " in " + zones.stream().map(ZoneId::getId).collect(Collectors.joining(", "));
	}

}
