package org.reachback.chatbot.request;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrasings a customer asks for a callback time with, read at a reference time in the
 * customer's zone; {@code -} means no requested time, an empty "to" one moment. 2026-07-15 is a
 * Wednesday in British Summer Time, 2026-12-02 a Wednesday in winter, and Europe/London moves to
 * summer time on Sunday 2027-03-28.
 */
class TimeExpressionsTest {

	private static final TimeExpressions TIMES = new TimeExpressions();

	@ParameterizedTest(name = "\"{0}\" at {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# phrase                              | reference        | zone             | from                | to
			Can Maria call me tomorrow at 10?     | 2026-07-15T08:30 | Europe/London    | 2026-07-16T10:00    |
			Can Maria call me tomorrow at 10?     | 2026-12-02T08:30 | Europe/London    | 2026-12-03T10:00    |
			Can Maria call me tomorrow at 10?     | 2026-07-15T23:30 | Europe/London    | 2026-07-16T10:00    |
			Can Maria call me tomorrow at 10?     | 2026-07-15T08:30 | America/New_York | 2026-07-16T10:00    |
			Can Maria call me tomorrow at 10?     | 2027-03-27T12:00 | Europe/London    | 2027-03-28T10:00    |
			tomorrow at 10am please               | 2026-07-15T08:30 | Europe/London    | 2026-07-16T10:00    |
			call me at 10                         | 2026-07-15T08:30 | Europe/London    | 2026-07-15T10:00    |
			call me at 10                         | 2026-07-15T11:00 | Europe/London    | 2026-07-16T10:00    |
			call me at 3                          | 2026-07-15T08:30 | Europe/London    | 2026-07-15T15:00    |
			ring me at 10.30                      | 2026-07-15T08:30 | Europe/London    | 2026-07-15T10:30    |
			at 14:00 if you can                   | 2026-07-15T08:30 | Europe/London    | 2026-07-15T14:00    |
			around 3pm                            | 2026-07-15T08:30 | Europe/London    | 2026-07-15T15:00    |
			tomorrow around 3pm                   | 2026-07-15T08:30 | Europe/London    | 2026-07-16T15:00    |
			this afternoon                        | 2026-07-15T08:30 | Europe/London    | 2026-07-15T12:00    | 2026-07-15T16:59:59
			this afternoon                        | 2026-07-15T14:10 | Europe/London    | 2026-07-15T14:10    | 2026-07-15T16:59:59
			in the morning                        | 2026-07-15T08:30 | Europe/London    | 2026-07-16T08:00    | 2026-07-16T11:59:59
			this morning                          | 2026-07-15T08:30 | Europe/London    | 2026-07-15T08:30    | 2026-07-15T11:59:59
			tomorrow afternoon                    | 2026-07-15T08:30 | Europe/London    | 2026-07-16T12:00    | 2026-07-16T16:59:59
			this evening                          | 2026-07-15T08:30 | Europe/London    | 2026-07-15T17:00    | 2026-07-15T20:59:59
			today                                 | 2026-07-15T08:30 | Europe/London    | 2026-07-15T08:30    | 2026-07-15T23:59:59
			today at 4:30pm                       | 2026-07-15T08:30 | Europe/London    | 2026-07-15T16:30    |
			tomorrow                              | 2026-07-15T08:30 | Europe/London    | 2026-07-16T00:00    | 2026-07-16T23:59:59
			on Friday                             | 2026-07-15T08:30 | Europe/London    | 2026-07-17T00:00    | 2026-07-17T23:59:59
			Could Sam ring me on Monday morning?  | 2026-07-15T08:30 | Europe/London    | 2026-07-20T08:00    | 2026-07-20T11:59:59
			on Friday at 2                        | 2026-07-15T08:30 | Europe/London    | 2026-07-17T14:00    |
			next Monday at 9                      | 2026-07-15T08:30 | Europe/London    | 2026-07-20T09:00    |
			next Monday at 9am please             | 2026-07-15T08:30 | Europe/London    | 2026-07-20T09:00    |
			Thursday at 11am                      | 2026-07-15T08:30 | Europe/London    | 2026-07-16T11:00    |
			on 20 July at 3pm                     | 2026-07-15T08:30 | Europe/London    | 2026-07-20T15:00    |
			20 July                               | 2026-07-15T08:30 | Europe/London    | 2026-07-20T00:00    | 2026-07-20T23:59:59
			on the 20th of July at 3pm            | 2026-07-15T08:30 | Europe/London    | 2026-07-20T15:00    |
			July 20 at 11am                       | 2026-07-15T08:30 | Europe/London    | 2026-07-20T11:00    |
			14/12/2026 at 11am                    | 2026-07-15T08:30 | Europe/London    | 2026-12-14T11:00    |
			What are your opening hours?          | 2026-07-15T08:30 | Europe/London    | -                   |
			I was charged twice for my order      | 2026-07-15T08:30 | Europe/London    | -                   |
			I was charged twice on Monday         | 2026-07-15T08:30 | Europe/London    | -                   |
			I ordered 10 items                    | 2026-07-15T08:30 | Europe/London    | -                   |
			I waited at 10 minutes past           | 2026-07-15T08:30 | Europe/London    | -                   |
			my order AC1234 is late               | 2026-07-15T08:30 | Europe/London    | -                   |
			the Windows 10 app keeps crashing     | 2026-07-15T08:30 | Europe/London    | -                   |
			I called 3 times                      | 2026-07-15T08:30 | Europe/London    | -                   |
			you're meant to be open 24/7          | 2026-07-15T08:30 | Europe/London    | -                   |
			I want to talk to a person            | 2026-07-15T08:30 | Europe/London    | -                   |
			call me now                           | 2026-07-15T08:30 | Europe/London    | -                   |
			""")
	void readsTheRequestedTimeInTheCustomersZone(String phrase, LocalDateTime reference, String zone, String from,
			String to) {
		ZoneId customer = ZoneId.of(zone);

		Optional<RequestedTime> read = TIMES.read(phrase, reference.atZone(customer));

		if (from.equals("-")) {
			assertThat(read).isEmpty();
			return;
		}
		ZonedDateTime start = LocalDateTime.parse(from).atZone(customer);
		ZonedDateTime end = to == null ? start : LocalDateTime.parse(to).atZone(customer);
		assertThat(read).hasValueSatisfying(time -> {
			assertThat(time.from().toInstant()).as("from").isEqualTo(start.toInstant());
			assertThat(time.to().toInstant()).as("to").isEqualTo(end.toInstant());
		});
	}

}
