package org.reachback.intent.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.reachback.intent.callback.CallbackRequests;
import org.reachback.intent.callback.CallbackStatus;
import org.reachback.platform.messaging.Outbox;
import org.reachback.platform.phone.PhoneNumbers;
import org.reachback.platform.phone.PhoneNumbers.InvalidPhoneNumberException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What this service keeps about customers, found and deleted by chat and callback ids: the chats,
 * their transcript entries and prompts, the callback views and requests, and the outbox rows not
 * published yet about them. Each finding locks its chats ({@code FOR UPDATE}, in id order) before
 * it reads their callbacks, so that nothing is added to them until the erasure commits: whatever
 * writes about a chat holds its row first (an append updates it; a prompt or a callback holds it,
 * see {@code ChatRepository.hold}), and so either committed before or finds the chat gone.
 */
@Repository
class PersonalData {

	/**
	 * The last four digits of the number a chat was opened with, as typed: chats whose number may be
	 * the one to erase, each then read as its chat read it (in the customer's locale). The index
	 * {@code chat_phone_tail} is on this expression.
	 */
	private static final String TAIL = "right(regexp_replace(customer_phone, '[^0-9]', '', 'g'), 4)";

	/** The statuses of callbacks still to happen: retention keeps their chats. */
	private static final String[] OPEN = Arrays.stream(CallbackStatus.values())
		.filter(status -> !status.terminal())
		.map(Enum::name)
		.toArray(String[]::new);

	private final JdbcClient jdbc;

	private final Outbox outbox;

	PersonalData(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/** Every chat opened with the number or with a callback to it, and every callback of them or to it. */
	Found ofNumber(String e164) {
		byte[] hash = CallbackRequests.hash(e164);
		Set<UUID> chats = new HashSet<>(openedWith(e164));
		chats.addAll(jdbc.sql("""
				select chat_id from callback_view where phone = ?
				union select chat_id from callback_request where phone_hash = ?""")
			.params(e164, hash)
			.query(UUID.class)
			.list());
		lock(chats);
		Set<UUID> callbacks = new HashSet<>(jdbc.sql("""
				select callback_id from callback_view where phone = ?
				union select callback_id from callback_request where phone_hash = ?""")
			.params(e164, hash)
			.query(UUID.class)
			.list());
		callbacks.addAll(callbacksOf(chats));
		return new Found(List.copyOf(chats), List.copyOf(callbacks), hash);
	}

	/** The chat and its callbacks; empty when nothing here is about that chat. */
	Optional<Found> ofChat(UUID chatId) {
		boolean kept = !lock(List.of(chatId)).isEmpty() || jdbc.sql("""
				select exists (select 1 from callback_view where chat_id = ?)
				    or exists (select 1 from callback_request where chat_id = ?)""")
			.params(chatId, chatId)
			.query(Boolean.class)
			.single();
		return kept ? Optional.of(new Found(List.of(chatId), callbacksOf(List.of(chatId)), null)) : Optional.empty();
	}

	/**
	 * At most {@code limit} chats without activity since {@code before} whose callbacks are all over,
	 * oldest first, with their callbacks. Chats another transaction holds are skipped ({@code SKIP
	 * LOCKED}): another instance erasing them, or something happening in them right now.
	 */
	Found expired(Instant before, int limit) {
		List<UUID> chats = jdbc.sql("""
				select c.chat_id from chat c
				where c.last_activity_at < ?
				  and not exists (select 1 from callback_view v where v.chat_id = c.chat_id and v.status = any(?))
				order by c.last_activity_at limit ? for update skip locked""")
			.params(before.atOffset(ZoneOffset.UTC), OPEN, limit)
			.query(UUID.class)
			.list();
		return new Found(chats, callbacksOf(chats), null);
	}

	/** @return how many rows it deleted */
	int delete(Found found) {
		String[] chats = ids(found.chats());
		String[] callbacks = ids(found.callbacks());
		int rows = jdbc.sql("delete from transcript_entry where chat_id = any(?::uuid[])").param(chats).update();
		rows += jdbc.sql("delete from prompt where chat_id = any(?::uuid[])").param(chats).update();
		rows += jdbc.sql("delete from callback_view where callback_id = any(?::uuid[]) or chat_id = any(?::uuid[])")
			.params(callbacks, chats)
			.update();
		rows += jdbc.sql("delete from callback_request where callback_id = any(?::uuid[]) or chat_id = any(?::uuid[])")
			.params(callbacks, chats)
			.update();
		if (found.phoneHash() != null) {
			rows += jdbc.sql("delete from callback_request where phone_hash = ?").param(found.phoneHash()).update();
		}
		rows += outbox.discard(Stream.concat(found.chats().stream(), found.callbacks().stream()).toList());
		return rows + jdbc.sql("delete from chat where chat_id = any(?::uuid[])").param(chats).update();
	}

	/** The chats a customer opened with the number, however they typed it. */
	private List<UUID> openedWith(String e164) {
		return jdbc.sql("select chat_id, customer_phone, customer_locale from chat where customer_phone is not null and "
				+ TAIL + " = ?")
			.param(e164.substring(e164.length() - 4))
			.query(Typed.class)
			.list()
			.stream()
			.filter(typed -> e164.equals(typed.asTheChatReadIt()))
			.map(Typed::chatId)
			.toList();
	}

	/** Locks the chats this service keeps of these, in id order, so that two erasures never wait for each other in a circle. */
	private List<UUID> lock(Collection<UUID> chatIds) {
		return jdbc.sql("select chat_id from chat where chat_id = any(?::uuid[]) order by chat_id for update")
			.param(ids(chatIds))
			.query(UUID.class)
			.list();
	}

	/** The callbacks asked for in these chats: their views, their requests, and the prompts answered with one. */
	private List<UUID> callbacksOf(Collection<UUID> chatIds) {
		String[] chats = ids(chatIds);
		return jdbc.sql("""
				select callback_id from callback_view where chat_id = any(?::uuid[])
				union select callback_id from callback_request where chat_id = any(?::uuid[])
				union select callback_id from prompt where chat_id = any(?::uuid[]) and callback_id is not null""")
			.params(chats, chats, chats)
			.query(UUID.class)
			.list();
	}

	private static String[] ids(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}

	/** A number as a customer typed it when they opened their chat, in the locale they gave. */
	record Typed(UUID chatId, String customerPhone, String customerLocale) {

		/** In E.164, as the chat read it to ask for a callback; null when it is not a number that could be called. */
		String asTheChatReadIt() {
			try {
				return PhoneNumbers.toE164(customerPhone, customerLocale);
			}
			catch (InvalidPhoneNumberException ex) {
				return null;
			}
		}

	}

	/**
	 * What one erasure deletes here, and asks the other services to delete, each list in id order.
	 *
	 * @param phoneHash the SHA-256 hash of the number erased, whose callback requests go too; null
	 * for an erasure of chats
	 */
	record Found(List<UUID> chats, List<UUID> callbacks, byte[] phoneHash) {

		Found {
			chats = chats.stream().distinct().sorted().toList();
			callbacks = callbacks.stream().distinct().sorted().toList();
		}

	}

}
