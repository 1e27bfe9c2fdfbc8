package org.reachback.intent.prompt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.CallbackOption;
import org.reachback.events.Media;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PromptRepository {

	private static final TypeReference<List<Instant>> INSTANTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PromptRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** @return whether the prompt is new */
	boolean insert(Prompt prompt, Instant offeredAt) {
		return jdbc.sql("""
				insert into prompt (prompt_id, chat_id, bot, queue, options, media, slots, offered_at)
				values (?, ?, ?, ?, ?, ?, ?::jsonb, ?) on conflict do nothing""")
			.params(prompt.promptId(), prompt.chatId(), prompt.bot(), prompt.queue(),
					String.join(",", prompt.options().stream().map(Enum::name).toList()),
					String.join(",", prompt.media().stream().map(Media::wire).toList()),
					json.writeValueAsString(prompt.slots()), offeredAt.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Reads the prompt and locks it, so two answers to one prompt are taken one after the other. */
	Optional<Prompt> lock(UUID promptId) {
		return jdbc.sql("select *, slots::text as slot_list from prompt where prompt_id = ? for update")
			.param(promptId)
			.query(this::prompt)
			.optional();
	}

	/** The queue of the chat's latest callback prompt, if any prompt named one. */
	Optional<String> latestQueue(UUID chatId) {
		return jdbc.sql("""
				select queue from prompt where chat_id = ? and queue is not null
				order by offered_at desc limit 1""")
			.param(chatId)
			.query(String.class)
			.optional();
	}

	void answer(UUID promptId, CallbackOption option, Instant slot, Media medium, UUID callbackId, Instant at) {
		jdbc.sql("""
				update prompt set answered_option = ?, answered_slot = ?, answered_media = ?, callback_id = ?,
				       answered_at = ?
				where prompt_id = ?""")
			.params(option.name(), slot == null ? null : slot.atOffset(ZoneOffset.UTC),
					medium == null ? null : medium.wire(), callbackId, at.atOffset(ZoneOffset.UTC), promptId)
			.update();
	}

	private Prompt prompt(ResultSet rs, int row) throws SQLException {
		String answered = rs.getString("answered_option");
		OffsetDateTime answeredSlot = rs.getObject("answered_slot", OffsetDateTime.class);
		String answeredMedium = rs.getString("answered_media");
		return new Prompt(rs.getObject("prompt_id", UUID.class), rs.getObject("chat_id", UUID.class),
				rs.getString("bot"), rs.getString("queue"),
				Arrays.stream(rs.getString("options").split(","))
					.filter(name -> !name.isEmpty())
					.map(CallbackOption::valueOf)
					.toList(),
				media(rs.getString("media")), json.readValue(rs.getString("slot_list"), INSTANTS),
				answered == null ? null : CallbackOption.valueOf(answered),
				answeredSlot == null ? null : answeredSlot.toInstant(),
				answeredMedium == null ? null : Media.of(answeredMedium), rs.getObject("callback_id", UUID.class));
	}

	/** None for prompts kept before the medium (null) and for a bot that offered none (empty). */
	private static List<Media> media(String column) {
		return column == null ? List.of()
				: Arrays.stream(column.split(",")).filter(name -> !name.isEmpty()).map(Media::of).toList();
	}

}
