package org.reachback.launcher.chaos;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.reachback.launcher.chaos.Customers.Acknowledged;

/**
 * Reads every service's tables once the campaign has settled and counts what must never happen.
 * It reads the databases directly, as an auditor would, not through the APIs under test.
 *
 * @param missing acknowledged requests callback-service does not hold
 * @param duplicates callbacks beyond the first for one request's phone number
 * @param lostCancellations acknowledged cancellations callback-service never applied nor refused
 * @param extraSessions callbacks with more agent sessions than attempts
 * @param gaps chats whose transcript skips a sequence number
 * @param doubled chats whose transcript shows one callback change more often than it happened
 * @param reordered chats whose transcript shows callback changes, or times, out of their order
 * @param stuck callbacks neither finished nor legitimately waiting (SCHEDULED, DUE), by status
 * @param staleViews callbacks whose status as the customer sees it differs from callback-service's
 * @param undelivered outbox rows not yet published, across all services
 * @param completed callbacks that ended COMPLETED
 * @param unanswered chats the chat API opened, acknowledged or not, that the bot never answered
 * @param deadLetters records on the dead-letter topics, by topic: events a consumer gave up on
 * @param examples what was wrong with the first few transcripts and customer views that broke an invariant
 */
record Invariants(int acknowledged, int missing, int duplicates, int lostCancellations, int extraSessions, int gaps,
		int doubled, int reordered, Map<String, Integer> stuck, int staleViews, int undelivered, int completed,
		int unanswered, Map<String, Long> deadLetters, List<String> examples) {

	private static final Set<String> FINISHED = Set.of("COMPLETED", "CANCELLED", "REJECTED", "FAILED", "EXPIRED");

	/** Waiting for their time or for an agent: where a callback may legitimately stay. */
	private static final Set<String> WAITING = Set.of("SCHEDULED", "DUE");

	/** Of the chats given, those with no entry from the bot. */
	private static final String UNANSWERED = "select count(*) from unnest(?) c(id) where not exists"
			+ " (select 1 from intent.transcript_entry e where e.chat_id = c.id and e.speaker = 'BOT')";

	private static final List<String> SCHEMAS = List.of("intent", "chatbot", "callback", "interaction", "session");

	boolean hold() {
		return missing == 0 && duplicates == 0 && lostCancellations == 0 && extraSessions == 0 && gaps == 0
				&& doubled == 0 && reordered == 0
				&& stuck.isEmpty() && staleViews == 0 && undelivered == 0 && unanswered == 0
				&& deadLetters.isEmpty();
	}

	/**
	 * The callbacks not yet settled, by status, those callback-service has yet to receive, the chats
	 * the bot has yet to answer and the events not yet relayed; empty once the suite has nothing left
	 * in flight.
	 */
	static Map<String, Integer> unsettled(String jdbcUrl, String user, String password, List<Acknowledged> requests,
			List<String> opened) throws SQLException {
		try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
			Map<String, Integer> unsettled = statuses(db, requests, FINISHED);
			int absent = requests.size() - count(db, "select count(*) from callback.callback where id = any(?)",
					callbackIds(db, requests));
			if (absent > 0) {
				unsettled.put("not yet at callback-service", absent);
			}
			int unanswered = count(db, UNANSWERED, chatIds(db, opened));
			if (unanswered > 0) {
				unsettled.put("chats not yet answered", unanswered);
			}
			int unrelayed = undelivered(db);
			if (unrelayed > 0) {
				unsettled.put("events not yet relayed", unrelayed);
			}
			return unsettled;
		}
	}

	static Invariants check(String jdbcUrl, String user, String password, List<Acknowledged> requests,
			List<String> cancelled, List<String> opened, Map<String, Long> deadLetters) throws SQLException {
		try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
			Array callbackIds = callbackIds(db, requests);
			Array phones = db.createArrayOf("text", requests.stream().map(Acknowledged::phone).toArray());
			int found = count(db, "select count(*) from callback.callback where id = any(?)", callbackIds);
			int duplicates = count(db, "select coalesce(sum(n - 1), 0) from (select count(*) n from callback.callback"
					+ " where phone = any(?) group by phone) per_phone", phones);
			int lostCancellations = cancelled.size() - count(db, "select count(distinct callback_id)"
					+ " from callback.callback_transition where to_status = 'CANCELLED' and callback_id = any(?)",
					db.createArrayOf("uuid", cancelled.stream().map(UUID::fromString).toArray()));
			int extraSessions = count(db, "select count(*) from (select c.id from callback.callback c"
					+ " join session.callback_session s on s.callback_id = c.id where c.id = any(?)"
					+ " group by c.id, c.attempt having count(*) > greatest(c.attempt, 1)) beyond", callbackIds);
			int staleViews = count(db, "select count(*) from callback.callback c join intent.callback_view v"
					+ " on v.callback_id = c.id where c.id = any(?) and v.status <> c.status", callbackIds);
			int completed = count(db, "select count(*) from callback.callback where id = any(?) and status = 'COMPLETED'",
					callbackIds);
			int undelivered = undelivered(db);
			Transcripts transcripts = transcripts(db, requests, callbackIds);
			List<String> examples = new ArrayList<>(transcripts.examples);
			int unanswered = count(db, UNANSWERED, chatIds(db, opened));
			try (PreparedStatement query = db.prepareStatement("select c.id, (select string_agg(e.speaker || ' '"
					+ " || e.kind, ', ' order by e.seq) from intent.transcript_entry e where e.chat_id = c.id)"
					+ " from unnest(?) c(id) where not exists (select 1 from intent.transcript_entry e"
					+ " where e.chat_id = c.id and e.speaker = 'BOT') limit 5")) {
				query.setArray(1, chatIds(db, opened));
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						examples.add("chat " + rows.getString(1) + " never answered by the bot; its transcript: "
								+ rows.getString(2));
					}
				}
			}
			try (PreparedStatement query = db.prepareStatement("select c.id, v.status, c.status from callback.callback c"
					+ " join intent.callback_view v on v.callback_id = c.id where c.id = any(?) and v.status <> c.status"
					+ " limit 5")) {
				query.setArray(1, callbackIds);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						examples.add("callback " + rows.getString(1) + ": the customer sees " + rows.getString(2)
								+ ", callback-service has " + rows.getString(3));
					}
				}
			}
			return new Invariants(requests.size(), requests.size() - found, duplicates, lostCancellations, extraSessions,
					transcripts.gaps, transcripts.doubled, transcripts.reordered,
					statuses(db, requests, union(FINISHED, WAITING)), staleViews,
					undelivered, completed, unanswered, deadLetters, examples);
		}
	}

	private record Transcripts(int gaps, int doubled, int reordered, List<String> examples) {

	}

	/** One transcript entry: its number, its time and, for a callback entry, which callback and status. */
	private record Entry(long seq, Timestamp at, String callbackId, String status) {

	}

	/**
	 * Each chat's transcript must number its entries 1, 2, 3... with times that never go back, and
	 * show its callback's changes as they happened: the statuses its callback entries show, in
	 * order, must be a subsequence of the transitions callback-service applied.
	 */
	private static Transcripts transcripts(Connection db, List<Acknowledged> requests, Array callbackIds)
			throws SQLException {
		Map<String, List<String>> transitions = new HashMap<>();
		try (PreparedStatement query = db.prepareStatement("select callback_id, to_status from callback.callback_transition"
				+ " where applied and callback_id = any(?) order by id")) {
			query.setArray(1, callbackIds);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					transitions.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
				}
			}
		}
		Map<String, String> callbackOfChat = new HashMap<>();
		requests.forEach(r -> callbackOfChat.put(r.chatId(), r.callbackId()));
		Map<String, List<Entry>> entries = new TreeMap<>();
		try (PreparedStatement query = db.prepareStatement("select chat_id, seq, at, callback ->> 'callbackId',"
				+ " callback ->> 'status' from intent.transcript_entry where chat_id = any(?) order by chat_id, seq")) {
			query.setArray(1, db.createArrayOf("uuid", callbackOfChat.keySet().stream().map(UUID::fromString).toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					entries.computeIfAbsent(rows.getString(1), chat -> new ArrayList<>())
						.add(new Entry(rows.getLong(2), rows.getTimestamp(3), rows.getString(4), rows.getString(5)));
				}
			}
		}
		int gaps = 0;
		int doubled = 0;
		int reordered = 0;
		List<String> examples = new ArrayList<>();
		for (Map.Entry<String, List<Entry>> chat : entries.entrySet()) {
			String callbackId = callbackOfChat.get(chat.getKey());
			List<String> shown = new ArrayList<>();
			Timestamp previous = null;
			boolean gap = false;
			boolean backwards = false;
			for (int i = 0; i < chat.getValue().size(); i++) {
				Entry entry = chat.getValue().get(i);
				gap |= entry.seq != i + 1;
				backwards |= previous != null && entry.at.before(previous);
				previous = entry.at;
				if (callbackId.equals(entry.callbackId)) {
					shown.add(entry.status);
				}
			}
			List<String> happened = transitions.getOrDefault(callbackId, List.of());
			boolean inOrder = isSubsequence(shown, happened);
			boolean tooOften = shown.stream()
				.anyMatch(status -> shown.stream().filter(status::equals).count() > happened.stream()
					.filter(status::equals)
					.count());
			if ((gap || backwards || !inOrder) && examples.size() < 5) {
				examples.add("chat " + chat.getKey() + ": numbered " + chat.getValue().stream().map(Entry::seq).toList()
						+ (backwards ? ", times going back" : "") + "; callback " + callbackId + " shown " + shown
						+ ", applied " + happened);
			}
			gaps += gap ? 1 : 0;
			doubled += tooOften ? 1 : 0;
			reordered += (backwards || (!inOrder && !tooOften)) ? 1 : 0;
		}
		return new Transcripts(gaps, doubled, reordered, examples);
	}

	private static boolean isSubsequence(List<String> shown, List<String> happened) {
		int at = 0;
		for (String status : shown) {
			while (at < happened.size() && !happened.get(at).equals(status)) {
				at++;
			}
			if (at == happened.size()) {
				return false;
			}
			at++;
		}
		return true;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return union;
	}

	/** How many of the requests' callbacks are in each status but those {@code left out}. */
	private static Map<String, Integer> statuses(Connection db, List<Acknowledged> requests, Set<String> leftOut)
			throws SQLException {
		Map<String, Integer> stuck = new TreeMap<>();
		try (PreparedStatement query = db.prepareStatement(
				"select status, count(*) from callback.callback where id = any(?) group by status")) {
			query.setArray(1, callbackIds(db, requests));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					if (!leftOut.contains(rows.getString(1))) {
						stuck.put(rows.getString(1), rows.getInt(2));
					}
				}
			}
		}
		return stuck;
	}

	/** Outbox rows not yet published, across all services. */
	private static int undelivered(Connection db) throws SQLException {
		int undelivered = 0;
		for (String schema : SCHEMAS) {
			undelivered += count(db, "select count(*) from " + schema + ".outbox_event", null);
		}
		return undelivered;
	}

	private static Array chatIds(Connection db, List<String> chats) throws SQLException {
		return db.createArrayOf("uuid", chats.stream().map(UUID::fromString).toArray());
	}

	private static Array callbackIds(Connection db, List<Acknowledged> requests) throws SQLException {
		return db.createArrayOf("uuid", requests.stream().map(r -> UUID.fromString(r.callbackId())).toArray());
	}

	private static int count(Connection db, String sql, Array parameter) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			if (parameter != null) {
				query.setArray(1, parameter);
			}
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

}
