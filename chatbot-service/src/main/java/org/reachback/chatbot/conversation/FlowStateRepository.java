package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reachback.chatbot.bot.FlowPosition;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The flow a chat is in the middle of, if any: at most one per chat. */
@Repository
class FlowStateRepository {

	private static final TypeReference<Map<String, String>> VARIABLES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FlowStateRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<WaitingFlow> find(UUID chatId) {
		return jdbc.sql("select bot, intent, next_step, awaiting, variables::text as variables from flow_state where chat_id = ?")
			.param(chatId)
			.query((rs, row) -> new WaitingFlow(rs.getString("bot"), rs.getString("intent"),
					new FlowPosition(rs.getInt("next_step"), rs.getString("awaiting"),
							json.readValue(rs.getString("variables"), VARIABLES))))
			.optional();
	}

	void save(UUID chatId, WaitingFlow flow, Instant at) {
		FlowPosition position = flow.position();
		jdbc.sql("""
				insert into flow_state (chat_id, bot, intent, next_step, awaiting, variables, updated_at)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
				on conflict (chat_id) do update set bot = excluded.bot, intent = excluded.intent,
				    next_step = excluded.next_step, awaiting = excluded.awaiting, variables = excluded.variables,
				    updated_at = excluded.updated_at""")
			.params(chatId, flow.bot(), flow.intent(), position.nextStep(), position.awaiting(),
					json.writeValueAsString(position.variables()), Timestamps.of(at))
			.update();
	}

	void clear(UUID chatId) {
		jdbc.sql("delete from flow_state where chat_id = ?").param(chatId).update();
	}

	/** A flow of {@code bot}'s answer to {@code intent}, waiting for the customer at {@code position}. */
	record WaitingFlow(String bot, String intent, FlowPosition position) {
	}

}
