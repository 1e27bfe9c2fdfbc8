package org.reachback.intent.transcript;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two appends to one chat race: one reads the clock, then waits for the chat's row lock behind
 * another that read the clock after it. The one numbered later must not be timed earlier, or the
 * customer's transcript would show its lines out of time order (the fault campaign found one).
 */
@ServiceIntegrationTest
class TranscriptOrderIntegrationTest {

	@Autowired
	TranscriptRepository entries;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	@Test
	void anAppendNumberedAfterAnotherIsNeverTimedBeforeIt() {
		UUID chatId = UUID.fromString(TestHttp.onPort(port)
			.post("/api/v1/chats", null, Map.of("brand", "acme", "message", "what are your opening hours"))
			.expect(201)
			.path("chatId")
			.asString());
		Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);

		TranscriptEntry first = append(chatId, later, "the one that read the clock last but got the lock first");
		TranscriptEntry second = append(chatId, later.minusSeconds(30), "the one that read the clock first");

		assertThat(first.at()).isEqualTo(later);
		assertThat(second.seq()).isGreaterThan(first.seq());
		assertThat(second.at()).isEqualTo(later);
		assertThat(entries.after(chatId, 0)).extracting(TranscriptEntry::at).isSorted();
	}

	private TranscriptEntry append(UUID chatId, Instant now, String text) {
		Transcript transcript = new Transcript(entries, events, Clock.fixed(now, ZoneOffset.UTC));
		return transaction
			.execute(status -> transcript.append(chatId, NewEntry.message(Speaker.SYSTEM, null, text)).orElseThrow());
	}

}
