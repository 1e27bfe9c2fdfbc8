package org.reachback.callback.lifecycle;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every transition of every callback, applied or refused, in the order it happened. */
@Repository
public class TransitionRepository {

	private final JdbcClient jdbc;

	TransitionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID callbackId, Transition transition) {
		jdbc.sql("""
				insert into callback_transition (callback_id, from_status, to_status, at, applied, reason)
				values (?, ?, ?, ?, ?, ?)""")
			.params(callbackId, transition.from() == null ? null : transition.from().name(), transition.to().name(),
					CallbackRepository.time(transition.at()), transition.applied(), transition.reason())
			.update();
	}

	/**
	 * Deletes the histories of these callbacks, which must go before the callbacks they refer to.
	 * @return how many transitions there were
	 */
	public int deleteOf(Collection<UUID> callbackIds) {
		return jdbc.sql("delete from callback_transition where callback_id = any(cast(? as uuid[]))")
			.param(Ids.array(callbackIds))
			.update();
	}

	public List<Transition> of(UUID callbackId) {
		return jdbc.sql("""
				select from_status, to_status, at, applied, reason from callback_transition
				where callback_id = ? order by id""")
			.param(callbackId)
			.query((rs, row) -> {
				String from = rs.getString("from_status");
				return new Transition(from == null ? null : CallbackStatus.valueOf(from),
						CallbackStatus.valueOf(rs.getString("to_status")), CallbackRepository.instant(rs, "at"),
						rs.getBoolean("applied"), rs.getString("reason"));
			})
			.list();
	}

}
