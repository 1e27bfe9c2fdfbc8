package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slot times as a customer reads them, in their zone and relative to today: "today at 14:30",
 * "tomorrow at 10:00", "on Friday at 09:00" within the week, "on Monday 20 July at 09:00" beyond it.
 */
final class SlotWords {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private SlotWords() {
	}

	static String when(Instant slot, ZonedDateTime now) {
		ZonedDateTime local = slot.atZone(now.getZone());
		return day(local.toLocalDate(), now.toLocalDate()) + " at " + TIME.format(local);
	}

	/** "tomorrow at 09:30, 10:30 or 11:00": each day named once, before its first time. */
	static String either(List<Instant> slots, ZonedDateTime now) {
		List<String> times = new ArrayList<>();
		LocalDate previous = null;
		for (Instant slot : slots.stream().sorted().toList()) {
			ZonedDateTime local = slot.atZone(now.getZone());
			times.add(local.toLocalDate().equals(previous) ? TIME.format(local) : when(slot, now));
			previous = local.toLocalDate();
		}
		if (times.size() < 2) {
			return String.join("", times);
		}
		return String.join(", ", times.subList(0, times.size() - 1)) + " or " + times.get(times.size() - 1);
	}

	private static String day(LocalDate day, LocalDate today) {
		long days = ChronoUnit.DAYS.between(today, day);
		if (days == 0) {
			return "today";
		}
		if (days == 1) {
			return "tomorrow";
		}
		return "on " + (days > 1 && days < 7 ? WEEKDAY : DATE).format(day);
	}

}
