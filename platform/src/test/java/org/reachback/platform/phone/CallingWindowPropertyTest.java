package org.reachback.platform.phone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calling window's contract, over every IANA zone and instants around their offset
 * transitions (DST and historical changes from 1990 to 2040), checked against local time read the
 * plain way ({@code instant.atZone(zone)}): 60,000 windows and instants for {@code nextAllowed},
 * 40,000 numbers and instants for {@code allows}. The cases are drawn from a fixed seed, so a
 * failure names a case that can be run again; they are generated here rather than with a
 * property-testing library because jqwik, the one at hand, asks not to be used by AI agents, who
 * write much of this code.
 */
class CallingWindowPropertyTest {

	private static final Instant FIRST = Instant.parse("1990-01-01T00:00:00Z");

	private static final Instant LAST = Instant.parse("2040-01-01T00:00:00Z");

	private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

	private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();

	/** Countries a number of which spans several zones, with those zones. */
	private static final List<List<ZoneId>> MULTI_ZONE_COUNTRIES = PHONE.getSupportedRegions()
		.stream()
		.sorted()
		.map(CountryTimeZones::of)
		.filter(zones -> zones.size() > 1)
		.toList();

	private static final List<String> NUMBERS = PHONE.getSupportedRegions()
		.stream()
		.sorted()
		.map(CallingWindowPropertyTest::exampleNumber)
		.flatMap(Optional::stream)
		.toList();

	private static final CallingWindowRules RULES = new CallingWindowRules(LocalTime.of(8, 0), LocalTime.of(21, 0),
			Map.of("FR", CallingHours.of("10:00", "20:00"), "US", CallingHours.of("09:00", "20:00"), "RU",
					CallingHours.of("09:30", "19:00")));

	private static final Map<ZoneId, List<Instant>> TRANSITIONS = new ConcurrentHashMap<>();

	private static final long SEED = 20261201L;

	@Test
	void nextAllowedIsTheEarliestAllowedInstantAtOrAfterTheGivenOne() {
		forEach(60_000, CallingWindowPropertyTest::windowAndInstant, CallingWindowPropertyTest::nextAllowedHolds);
	}

	@Test
	void allowsAgreesWithLocalTimeInEveryZoneOfTheNumber() {
		forEach(40_000, CallingWindowPropertyTest::numberZoneAndInstant, CallingWindowPropertyTest::allowsHolds);
	}

	/** Checks {@code property} on {@code cases} cases drawn by {@code draw}, naming the case that fails. */
	private static <T> void forEach(int cases, Function<SplittableRandom, T> draw, Consumer<T> property) {
		SplittableRandom random = new SplittableRandom(SEED);
		for (int i = 0; i < cases; i++) {
			T c = draw.apply(random);
			try {
				property.accept(c);
			}
			catch (AssertionError failure) {
				throw new AssertionError("case " + i + " of seed " + SEED + ", " + c + ": " + failure.getMessage(),
						failure);
			}
		}
	}

	private static void nextAllowedHolds(Case c) {
		CallingWindow window = c.window();
		Instant from = c.instant();
		Optional<Instant> opening = window.nextOpening(from);

		if (opening.isEmpty()) {
			assertNothingAllowed(window, from, from.plus(Duration.ofDays(8)));
			return;
		}
		Instant next = opening.get();
		assertThat(next).isAfterOrEqualTo(from);
		assertThat(window.allows(next)).isTrue();
		assertThat(allowedInLocalTime(window.hours(), window.zones(), next)).isTrue();
		if (next.isAfter(from)) {
			assertThat(allowedInLocalTime(window.hours(), window.zones(), next.minusNanos(1)))
				.as("just before %s", next)
				.isFalse();
			assertNothingAllowed(window, from, next);
		}
		assertThat(window.nextAllowed(from)).isEqualTo(next);
	}

	private static void allowsHolds(NumberCase c) {
		CallingWindow window = RULES.windowFor(c.e164(), c.customerZone() == null ? null : c.customerZone().getId());
		String country = PhoneNumbers.countryOf(c.e164());
		List<ZoneId> zones = c.customerZone() != null ? List.of(c.customerZone()) : CountryTimeZones.of(country);

		assertThat(window.zones()).containsExactlyElementsOf(zones);
		assertThat(window.hours()).isEqualTo(RULES.hoursIn(country));
		assertThat(window.allows(c.instant())).as("%s at %s", window, c.instant())
			.isEqualTo(allowedInLocalTime(window.hours(), zones, c.instant()));
	}

	/** A window of some hours in one zone (mostly), several zones of a country, or two unrelated zones. */
	private static Case windowAndInstant(SplittableRandom random) {
		int pick = random.nextInt(10);
		List<ZoneId> zones;
		if (pick < 7) {
			zones = List.of(oneOf(ZONES, random));
		}
		else if (pick < 9) {
			zones = someOf(oneOf(MULTI_ZONE_COUNTRIES, random), random.nextLong());
		}
		else {
			ZoneId first = oneOf(ZONES, random);
			ZoneId second;
			do {
				second = oneOf(ZONES, random);
			}
			while (second.equals(first));
			zones = List.of(first, second);
		}
		return new Case(CallingWindow.of(hours(random), zones), placement(random).near(zones.get(0)));
	}

	/** A number, with the customer's zone three times in ten, at an instant near one of its zones' transitions. */
	private static NumberCase numberZoneAndInstant(SplittableRandom random) {
		String number = oneOf(NUMBERS, random);
		ZoneId zone = random.nextInt(10) < 7 ? null : oneOf(ZONES, random);
		return new NumberCase(number, zone, placement(random).near(zone != null ? zone : firstZoneOf(number)));
	}

	/** The default hours, hours from any minute of the day to a later one (or midnight), or the whole day. */
	private static CallingHours hours(SplittableRandom random) {
		int pick = random.nextInt(10);
		if (pick < 4) {
			return CallingHours.DEFAULT;
		}
		if (pick < 9) {
			int minutesPerDay = 24 * 60;
			int start = random.nextInt(minutesPerDay);
			int length = 1 + random.nextInt(minutesPerDay);
			return new CallingHours(LocalTime.ofSecondOfDay(start * 60L),
					LocalTime.ofSecondOfDay(Math.min(start + length, minutesPerDay) % minutesPerDay * 60L));
		}
		return CallingHours.of("00:00", "00:00");
	}

	/** Where an instant lies relative to a zone's transitions; see {@link Placement#near(ZoneId)}. */
	private static Placement placement(SplittableRandom random) {
		int pick = random.nextInt(10);
		Placement.Kind kind = pick < 1 ? Placement.Kind.AT
				: pick < 2 ? Placement.Kind.BESIDE : pick < 8 ? Placement.Kind.WITHIN_TWO_DAYS : Placement.Kind.ANYWHERE;
		long twoDays = Duration.ofHours(48).toSeconds();
		return new Placement(kind, random.nextInt(Integer.MAX_VALUE), random.nextLong(-twoDays, twoDays + 1),
				Instant.ofEpochSecond(random.nextLong(FIRST.getEpochSecond(), LAST.getEpochSecond() + 1)));
	}

	private static <T> T oneOf(List<T> choices, SplittableRandom random) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** Two to four of a country's zones. */
	private static List<ZoneId> someOf(List<ZoneId> zones, long seed) {
		List<ZoneId> shuffled = new ArrayList<>(zones);
		Collections.shuffle(shuffled, new Random(seed));
		return List.copyOf(shuffled.subList(0, 2 + Math.floorMod(seed, Math.min(3, zones.size() - 1))));
	}

	private static List<Instant> transitionsOf(ZoneId zone) {
		return TRANSITIONS.computeIfAbsent(zone, id -> {
			ZoneRules rules = id.getRules();
			List<Instant> found = new ArrayList<>();
			ZoneOffsetTransition next = rules.nextTransition(FIRST);
			while (next != null && next.getInstant().isBefore(LAST)) {
				found.add(next.getInstant());
				next = rules.nextTransition(next.getInstant());
			}
			return List.copyOf(found);
		});
	}

	private static ZoneId firstZoneOf(String e164) {
		List<ZoneId> zones = CountryTimeZones.of(PhoneNumbers.countryOf(e164));
		return zones.isEmpty() ? ZoneId.of("Etc/UTC") : zones.get(0);
	}

	private static Optional<String> exampleNumber(String region) {
		PhoneNumber number = PHONE.getExampleNumberForType(region, PhoneNumberType.MOBILE);
		if (number == null) {
			number = PHONE.getExampleNumberForType(region, PhoneNumberType.FIXED_LINE);
		}
		return Optional.ofNullable(number)
			.map(found -> PHONE.format(found, PhoneNumberFormat.E164))
			.filter(e164 -> region.equals(PhoneNumbers.countryOf(e164)) && !CountryTimeZones.of(region).isEmpty());
	}

	/**
	 * Fails if the window is open at any instant from {@code from} (inclusive) to {@code until}
	 * (exclusive). The allowed instants form half-open intervals, and each begins where, in one of
	 * the zones, local time reaches the start of the hours or jumps at an offset transition; so it
	 * suffices to look at {@code from}, at every such instant in between, and, as a plain
	 * cross-check, at every minute of the first two hours.
	 */
	private static void assertNothingAllowed(CallingWindow window, Instant from, Instant until) {
		List<Instant> looked = new ArrayList<>(List.of(from));
		for (ZoneId zone : window.zones()) {
			ZoneRules rules = zone.getRules();
			for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
					t = rules.nextTransition(t.getInstant())) {
				looked.add(t.getInstant());
			}
			LocalDate last = until.atZone(zone).toLocalDate().plusDays(1);
			for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
				ZonedDateTime opening = day.atTime(window.hours().start()).atZone(zone);
				looked.add(opening.withEarlierOffsetAtOverlap().toInstant());
				looked.add(opening.withLaterOffsetAtOverlap().toInstant());
			}
		}
		for (int minute = 1; minute <= 120; minute++) {
			looked.add(from.plusSeconds(60L * minute));
		}
		looked.stream()
			.filter(at -> !at.isBefore(from) && at.isBefore(until))
			.forEach(at -> assertThat(allowedInLocalTime(window.hours(), window.zones(), at))
				.as("%s at %s, before %s", window, at, until)
				.isFalse());
	}

	/** The definition, read the plain way: the local time in each zone lies within the hours. */
	private static boolean allowedInLocalTime(CallingHours hours, List<ZoneId> zones, Instant instant) {
		return zones.stream().allMatch(zone -> {
			LocalTime local = instant.atZone(zone).toLocalTime();
			boolean afterStart = !local.isBefore(hours.start());
			boolean beforeEnd = hours.end().equals(LocalTime.MIDNIGHT) || local.isBefore(hours.end());
			return afterStart && beforeEnd;
		});
	}

	record Case(CallingWindow window, Instant instant) {
	}

	/**
	 * An instant at one of a zone's transitions, just beside one (a nanosecond or a second off),
	 * within two days of one, or anywhere from 1990 to 2040 (also for a zone without transitions).
	 */
	record Placement(Kind kind, int transition, long offsetSeconds, Instant anywhere) {

		enum Kind {
			AT, BESIDE, WITHIN_TWO_DAYS, ANYWHERE
		}

		Instant near(ZoneId zone) {
			List<Instant> transitions = transitionsOf(zone);
			if (kind == Kind.ANYWHERE || transitions.isEmpty()) {
				return anywhere;
			}
			Instant at = transitions.get(transition % transitions.size());
			return switch (kind) {
				case AT -> at;
				case BESIDE -> List.of(at.minusNanos(1), at.minusSeconds(1), at.plusSeconds(1))
					.get(Math.floorMod(offsetSeconds, 3));
				default -> at.plusSeconds(offsetSeconds);
			};
		}

	}

	record NumberCase(String e164, ZoneId customerZone, Instant instant) {
	}

}
