package org.reachback.intent.transcript.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The heartbeat is what finds the streams whose clients went away (an open stream's request
 * reads nothing more, so nothing else notices): every one of them, however many left at once,
 * while the others keep their heartbeat.
 */
@ServiceIntegrationTest
class ChatStreamsHeartbeatIntegrationTest {

	@Autowired
	ChatStreams streams;

	@Test
	void theHeartbeatEndsEveryStreamWhoseClientLeftAndStillBeatsForTheOthers() {
		int before = streams.openStreams();
		List<Browser> leaving = IntStream.range(0, 5).mapToObj(i -> new Browser()).toList();
		List<Browser> staying = IntStream.range(0, 5).mapToObj(i -> new Browser()).toList();
		Stream.concat(leaving.stream(), staying.stream()).forEach(browser -> streams.open(UUID.randomUUID(), 0, browser));
		assertThat(streams.openStreams()).isEqualTo(before + 10);
		int sentEach = staying.get(0).sent.get();

		leaving.forEach(Browser::leave);
		assertThatCode(streams::heartbeat).doesNotThrowAnyException();

		assertThat(streams.openStreams()).isEqualTo(before + 5);
		assertThat(staying).allSatisfy(browser -> assertThat(browser.sent.get()).isEqualTo(sentEach + 1));

		staying.forEach(Browser::leave);
		streams.heartbeat();
		assertThat(streams.openStreams()).isEqualTo(before);
	}

	/**
	 * Stands in for a browser and the web server between it and the service: once the browser has
	 * gone, a write fails, and completing the stream fails as Tomcat refuses it after it ended the
	 * request itself.
	 */
	private static final class Browser extends SseEmitter {

		final AtomicInteger sent = new AtomicInteger();

		private volatile boolean gone;

		void leave() {
			gone = true;
		}

		@Override
		public void send(SseEventBuilder event) throws IOException {
			if (gone) {
				throw new IOException("Broken pipe");
			}
			sent.incrementAndGet();
		}

		@Override
		public void completeWithError(Throwable failure) {
			if (gone) {
				throw new IllegalStateException("A non-container (application) thread attempted to use the AsyncContext"
						+ " after an error had occurred and the call to AsyncListener.onError() had returned");
			}
			super.completeWithError(failure);
		}

	}

}
