package org.reachback.chatbot.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zoho.hawking.HawkingTimeParser;
import com.zoho.hawking.datetimeparser.configuration.HawkingConfiguration;
import com.zoho.hawking.language.english.model.DateRange;
import com.zoho.hawking.language.english.model.ParserOutput;
import org.joda.time.DateTime;

/**
 * Reads the time a customer asks to be called at from their message, in their time zone, with Zoho's
 * Hawking (a CRF model trained for dates in English text, shipped inside its jar).
 * <p>
 * Around Hawking 0.1.9 this class corrects what it gets wrong for a callback request:
 * <ul>
 * <li>It applies a zone's standard offset all year round, so it parses in UTC from the customer's
 * local wall-clock time, and its answer is read back as a local time in the customer's zone.</li>
 * <li>It drops bare hours and some clock times ("tomorrow at 10", "next Monday at 9am please"), so
 * {@link Phrasing} rewrites bare hours first, and a day read without its time gets the one clock time
 * the message states.</li>
 * <li>Its morning is 06:00 to 09:00 and "this morning" after 06:00 is tomorrow's; here a morning is
 * 08:00 to 12:00 and "this morning" stays today.</li>
 * </ul>
 * A time entirely in the past ("I was charged on Monday") or "now" is no request; a span that has
 * begun starts now. Hawking logs every parse, the customer's words included, at INFO: its logger is
 * held at WARNING so that no message text reaches the logs.
 */
final class TimeExpressions {

	private static final Logger HAWKING_LOG = Logger.getLogger("com.zoho.hawking");

	private static final Pattern CLOCK_TIME = Pattern.compile(
			"(?i)\\b(?:(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*([ap])\\.?m\\b\\.?|([01]?\\d|2[0-3]):([0-5]\\d))");

	private static final Pattern THIS_PART_OF_DAY = Pattern.compile("(?i)\\bthis\\s+(?:morning|afternoon|evening)\\b");

	private static final Pattern MORNING = Pattern.compile("(?i)\\bmorning\\b");

	private static final LocalTime MORNING_START = LocalTime.of(8, 0);

	private static final LocalTime MORNING_END = LocalTime.of(11, 59, 59);

	static {
		HAWKING_LOG.setLevel(Level.WARNING);
	}

	private final HawkingTimeParser parser = new HawkingTimeParser();

	/**
	 * The time {@code text} asks for, read at {@code now} in the customer's zone ({@code now}'s).
	 * Hawking's parser is not known to be thread-safe, hence one parse at a time.
	 */
	synchronized Optional<RequestedTime> read(String text, ZonedDateTime now) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String prepared = Phrasing.prepare(text);
		List<ParserOutput> outputs;
		try {
			outputs = parser.parse(prepared, wallClockAsUtc(now), utc(), "eng").getParserOutputs();
		}
		catch (Exception ex) {
			HAWKING_LOG.warning(() -> "Hawking failed to parse a message (" + ex + "); read as no requested time");
			return Optional.empty();
		}
		ZonedDateTime moment = now.truncatedTo(ChronoUnit.MINUTES);
		return outputs.stream()
			.map(output -> reading(output, prepared, now))
			.flatMap(Optional::stream)
			.filter(reading -> !reading.to().isBefore(now))
			.filter(reading -> !(reading.from().equals(moment) && reading.to().equals(moment)))
			.findFirst()
			.map(reading -> new RequestedTime(reading.from().isBefore(now) ? now : reading.from(), reading.to()));
	}

	private Optional<RequestedTime> reading(ParserOutput output, String text, ZonedDateTime now) {
		DateRange range = output.getDateRange();
		if (range == null || (range.getStart() == null && range.getEnd() == null)) {
			return Optional.empty();
		}
		boolean zoned = Boolean.TRUE.equals(output.getIsTimeZonePresent());
		ZonedDateTime from = range.getStart() == null ? now : local(range.getStart(), zoned, now.getZone());
		ZonedDateTime to = range.getEnd() == null ? from : local(range.getEnd(), zoned, now.getZone());
		String said = output.getText() == null ? "" : output.getText();
		if (THIS_PART_OF_DAY.matcher(said).find() && from.toLocalDate().isAfter(now.toLocalDate())) {
			from = from.with(now.toLocalDate());
			to = to.with(now.toLocalDate());
		}
		boolean exact = Boolean.TRUE.equals(output.getIsExactTimePresent()) && from.equals(to);
		if (!exact && wholeDay(from, to)) {
			Optional<LocalTime> stated = onlyClockTime(text);
			if (stated.isPresent()) {
				ZonedDateTime at = ZonedDateTime.of(from.toLocalDate(), stated.get(), now.getZone());
				return Optional.of(RequestedTime.at(at));
			}
		}
		if (!exact && MORNING.matcher(said).find()) {
			LocalDate day = from.toLocalDate();
			from = ZonedDateTime.of(day, MORNING_START, now.getZone());
			to = ZonedDateTime.of(day, MORNING_END, now.getZone());
		}
		return to.isBefore(from) ? Optional.empty() : Optional.of(new RequestedTime(from, to));
	}

	/** A time Hawking computed from the UTC wall clock, as the customer's local time. */
	private static ZonedDateTime local(DateTime time, boolean zoned, ZoneId zone) {
		Instant instant = Instant.ofEpochMilli(time.getMillis());
		return zoned ? instant.atZone(zone) : ZonedDateTime.of(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), zone);
	}

	private static boolean wholeDay(ZonedDateTime from, ZonedDateTime to) {
		return from.toLocalTime().equals(LocalTime.MIDNIGHT) && from.toLocalDate().equals(to.toLocalDate())
				&& to.toLocalTime().isAfter(LocalTime.of(23, 58));
	}

	/** The clock time the message states, if it states exactly one. */
	private static Optional<LocalTime> onlyClockTime(String text) {
		Matcher matcher = CLOCK_TIME.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		LocalTime time = clockTime(matcher);
		while (matcher.find()) {
			if (!clockTime(matcher).equals(time)) {
				return Optional.empty();
			}
		}
		return Optional.of(time);
	}

	private static LocalTime clockTime(Matcher matcher) {
		if (matcher.group(4) != null) {
			return LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)));
		}
		int hour = Integer.parseInt(matcher.group(1)) % 12;
		boolean pm = matcher.group(3).toLowerCase(Locale.ROOT).equals("p");
		int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
		return LocalTime.of(pm ? hour + 12 : hour, minutes);
	}

	private static Date wallClockAsUtc(ZonedDateTime now) {
		return Date.from(now.toLocalDateTime().toInstant(ZoneOffset.UTC));
	}

	private static HawkingConfiguration utc() {
		HawkingConfiguration configuration = new HawkingConfiguration();
		configuration.setTimeZone("UTC");
		return configuration;
	}

}
