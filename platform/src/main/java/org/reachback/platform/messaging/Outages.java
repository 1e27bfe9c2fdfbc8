package org.reachback.platform.messaging;

import java.sql.SQLTransientException;

import org.reachback.events.privacy.SubjectKeys;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells an outage of the infrastructure (the database is restarting, a connection was lost) from a
 * fault of the event itself. An event that failed because of an outage is retried until the
 * infrastructure is back, never dead-lettered: the event is fine and must not be lost.
 */
final class Outages {

	private Outages() {
	}

	static boolean isOutage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof SQLTransientException || cause instanceof SubjectKeys.KeysUnavailableException) {
				return true;
			}
		}
		return false;
	}

}
