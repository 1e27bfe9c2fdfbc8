package org.reachback.chatbot.conversation;

import java.util.List;
import java.util.UUID;

import org.reachback.events.TranscriptLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chat as the bot saw it, in the order it happened. */
@Repository
class TranscriptRepository {

	private final JdbcClient jdbc;

	TranscriptRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID chatId, TranscriptLine line) {
		jdbc.sql("insert into transcript_line (chat_id, at, speaker, name, text) values (?, ?, ?, ?, ?)")
			.params(chatId, Timestamps.of(line.at()), line.speaker().name(), line.name(), line.text())
			.update();
	}

	List<TranscriptLine> of(UUID chatId) {
		return jdbc.sql("select at, speaker, name, text from transcript_line where chat_id = ? order by id")
			.param(chatId)
			.query((rs, row) -> new TranscriptLine(Timestamps.read(rs, "at"),
					TranscriptLine.Speaker.valueOf(rs.getString("speaker")), rs.getString("name"), rs.getString("text")))
			.list();
	}

}
