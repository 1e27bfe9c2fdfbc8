package org.reachback.chatbot.request;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the two phrasings Hawking 0.1.9 misreads into ones it reads, before it parses: a bare hour
 * ("at 10", which it drops) gets the half of the day a callback would be in, and a day before a
 * month name ("20 July", which it reads as the whole month) becomes an ordinal ("20th July").
 */
final class Phrasing {

	/**
	 * An hour after a word that introduces a time, without am/pm and not followed by a unit that
	 * makes it a quantity ("at 10 items"): "at 10", "around 3", "at 10.30", "at 10 o'clock".
	 */
	private static final Pattern BARE_HOUR = Pattern.compile("(?i)\\b(at|around|about|after|before|by|until|till)\\s+"
			+ "(\\d{1,2})(?:[:.]([0-5]\\d))?(?:\\s*o'?\\s?clock)?\\b"
			+ "(?!\\s*(?:[ap]\\.?m\\b|[ap]\\.m\\.|[:.]\\d|%|/|\\d|(?:st|nd|rd|th)\\b))"
			+ "(?!\\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|items?|times?|pounds?|euros?"
			+ "|dollars?|people|orders?|percent)\\b)");

	private static final Pattern DAY_BEFORE_MONTH = Pattern.compile("(?i)\\b([1-9]|[12]\\d|3[01])\\s+"
			+ "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
			+ "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");

	private Phrasing() {
	}

	static String prepare(String text) {
		return ordinalDays(bareHours(text));
	}

	/**
	 * A callback is asked for during the day, so 8 to 11 are morning hours and 12 to 7 afternoon or
	 * evening ones; 13 to 23 are read as the 24-hour clock.
	 */
	private static String bareHours(String text) {
		Matcher matcher = BARE_HOUR.matcher(text);
		StringBuilder prepared = new StringBuilder();
		while (matcher.find()) {
			int hour = Integer.parseInt(matcher.group(2));
			String minutes = matcher.group(3) == null ? "" : ":" + matcher.group(3);
			String time;
			if (hour >= 1 && hour <= 12) {
				time = hour + minutes + (hour >= 8 && hour <= 11 ? "am" : "pm");
			}
			else if (hour >= 13 && hour <= 23) {
				time = hour + (minutes.isEmpty() ? ":00" : minutes);
			}
			else {
				time = matcher.group().substring(matcher.group(1).length()).strip();
			}
			matcher.appendReplacement(prepared, Matcher.quoteReplacement(matcher.group(1) + " " + time));
		}
		return matcher.appendTail(prepared).toString();
	}

	private static String ordinalDays(String text) {
		return DAY_BEFORE_MONTH.matcher(text)
			.replaceAll(match -> ordinal(Integer.parseInt(match.group(1))) + " " + match.group(2));
	}

	private static String ordinal(int day) {
		String suffix = switch (day % 10) {
			case 1 -> day == 11 ? "th" : "st";
			case 2 -> day == 12 ? "th" : "nd";
			case 3 -> day == 13 ? "th" : "rd";
			default -> "th";
		};
		return String.format(Locale.ROOT, "%d%s", day, suffix);
	}

}
