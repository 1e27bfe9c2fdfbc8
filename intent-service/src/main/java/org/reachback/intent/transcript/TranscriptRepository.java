package org.reachback.intent.transcript;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.TranscriptLine.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

@Repository
class TranscriptRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TranscriptRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Takes the chat's next sequence number and the entry's time; the row lock it takes orders
	 * concurrent appends to one chat until the transaction ends. The time is {@code now}, or the time
	 * of the entry before when that is later: an append that waited for the lock behind one that
	 * read the clock after it must not be numbered after it yet timed before it. Only appends move
	 * {@code last_activity_at}, so it is the time of the chat's latest entry. Empty when the chat
	 * does not exist.
	 */
	Optional<Numbered> nextSeq(UUID chatId, Instant now) {
		return jdbc.sql("""
				update chat set last_seq = last_seq + 1, last_activity_at = greatest(last_activity_at, ?)
				where chat_id = ? returning last_seq, last_activity_at""")
			.params(now.atOffset(ZoneOffset.UTC), chatId)
			.query((rs, row) -> new Numbered(rs.getLong("last_seq"),
					rs.getObject("last_activity_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** A new entry's place in its chat: its sequence number and its time. */
	record Numbered(long seq, Instant at) {

	}

	void insert(UUID chatId, TranscriptEntry entry) {
		jdbc.sql("""
				insert into transcript_entry (chat_id, seq, at, kind, speaker, name, text, prompt, callback)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
			.params(chatId, entry.seq(), entry.at().atOffset(ZoneOffset.UTC), entry.kind().name(),
					entry.speaker().name(), entry.name(), entry.text(), toJson(entry.prompt()),
					toJson(entry.callback()))
			.update();
	}

	List<TranscriptEntry> after(UUID chatId, long seq) {
		return jdbc.sql("""
				select seq, at, kind, speaker, name, text, prompt::text as prompt, callback::text as callback
				from transcript_entry where chat_id = ? and seq > ? order by seq""")
			.params(chatId, seq)
			.query(this::entry)
			.list();
	}

	private TranscriptEntry entry(ResultSet rs, int row) throws SQLException {
		String prompt = rs.getString("prompt");
		String callback = rs.getString("callback");
		return new TranscriptEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				EntryKind.valueOf(rs.getString("kind")), Speaker.valueOf(rs.getString("speaker")),
				rs.getString("name"), rs.getString("text"),
				prompt == null ? null : json.readValue(prompt, PromptShown.class),
				callback == null ? null : json.readValue(callback, CallbackShown.class));
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

}
