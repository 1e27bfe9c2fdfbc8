package org.reachback.session.sessions;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads sessions and their live transcripts for the agent console. */
@Service
@Transactional(readOnly = true)
public class SessionQueries {

	private final SessionRepository sessions;

	private final TranscriptRepository transcripts;

	SessionQueries(SessionRepository sessions, TranscriptRepository transcripts) {
		this.sessions = sessions;
		this.transcripts = transcripts;
	}

	/** @throws SessionNotFoundException if there is no such session */
	public Session find(UUID sessionId) {
		return sessions.find(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
	}

	/** The agent's sessions, connected ones first, then newest first. */
	public List<Session> ofAgent(String agentId) {
		return sessions.ofAgent(agentId);
	}

	/** Lines said in the session after line {@code after} (0 for all), in order. */
	public List<SessionLine> transcript(UUID sessionId, int after) {
		return transcripts.after(sessionId, after);
	}

}
