package org.reachback.session.sessions;

/**
 * Announced inside this service when a line joins a session's transcript, whoever said it (the
 * customer's lines have no event of this service), so that consoles following it get the line
 * once it has committed.
 */
public record TranscriptAppended(SessionLine line) {
}
