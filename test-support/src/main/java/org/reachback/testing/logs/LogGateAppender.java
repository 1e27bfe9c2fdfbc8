package org.reachback.testing.logs;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/** Checks every event logged in the tests' JVM, message and exceptions alike, with {@link LogGate}. */
public class LogGateAppender extends AppenderBase<ILoggingEvent> {

	@Override
	protected void append(ILoggingEvent event) {
		StringBuilder text = new StringBuilder(event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
		for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
			text.append(' ').append(thrown.getMessage());
		}
		LogGate.record(event.getLoggerName(), text.toString());
	}

}
