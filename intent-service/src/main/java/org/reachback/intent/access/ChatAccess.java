package org.reachback.intent.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.reachback.intent.analysis.BrandOrigins;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides whether a credential opens a chat. A wrong token and an unknown chat look the same to the
 * caller (404), so tokens cannot be used to probe which chats exist; only the right token learns
 * more: that it expired (401), or that the page it came from is not one of the brand's (403).
 * <p>
 * A token expires {@code reachback.chat.token-idle-timeout} after its last use and, however much it
 * is used, {@code reachback.chat.token-lifetime} after its chat started. Its last use is recorded
 * at most once every {@link #USE_RECORDED_EVERY} per chat, not on every request, so the idle limit
 * may end up to that much early.
 */
@Component
public class ChatAccess {

	static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final BrandOrigins origins;

	private final StreamTickets tickets;

	private final AccessSettings settings;

	private final Clock clock;

	ChatAccess(JdbcClient jdbc, BrandOrigins origins, StreamTickets tickets, AccessSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.origins = origins;
		this.tickets = tickets;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return whether {@code token} is the token of chat {@code chatId}
	 * @throws CredentialExpiredException when it is, but expired
	 * @throws org.reachback.intent.analysis.OriginNotAllowedException when it came from a page the
	 *     chat's brand does not allow
	 */
	public boolean permits(UUID chatId, ChatToken token) {
		Optional<Holder> found = jdbc
			.sql("select token_hash, brand, started_at, token_used_at from chat where chat_id = ?")
			.param(chatId)
			.query(ChatAccess::holder)
			.optional()
			.filter(holder -> token.matches(holder.tokenHash()));
		if (found.isEmpty()) {
			return false;
		}
		Holder chat = found.get();
		Instant now = clock.instant();
		if (!now.isBefore(chat.startedAt().plus(settings.tokenLifetime()))) {
			throw CredentialExpiredException.chatToken(
					"This chat's token has expired: a chat may be used for a limited time only; start a new chat");
		}
		if (!now.isBefore(chat.tokenUsedAt().plus(settings.tokenIdleTimeout()))) {
			throw CredentialExpiredException.chatToken(
					"This chat's token has expired after a time without use; start a new chat");
		}
		origins.check(chat.brand(), token.origin());
		if (!now.isBefore(chat.tokenUsedAt().plus(USE_RECORDED_EVERY))) {
			jdbc.sql("update chat set token_used_at = ? where chat_id = ? and token_used_at < ?")
				.params(now.atOffset(ZoneOffset.UTC), chatId, now.atOffset(ZoneOffset.UTC))
				.update();
		}
		return true;
	}

	/** As {@link #permits}, with 404 for a token that does not open the chat. */
	public void require(UUID chatId, ChatToken token) {
		if (!permits(chatId, token)) {
			throw new ChatNotFoundException(chatId);
		}
	}

	/** A stream ticket for the chat, for the one who has its token (checked as {@link #require}). */
	public StreamTicket streamTicket(UUID chatId, ChatToken token) {
		require(chatId, token);
		return tickets.issue(chatId);
	}

	/**
	 * Lets a request open the event stream of {@code chatId} with a stream ticket instead of the token.
	 *
	 * @throws ChatNotFoundException unless the ticket was issued for this chat's stream and is untouched
	 * @throws CredentialExpiredException when it expired
	 * @throws org.reachback.intent.analysis.OriginNotAllowedException when {@code origin} is one the
	 *     chat's brand does not allow
	 */
	public void requireStream(UUID chatId, String ticket, String origin) {
		tickets.require(chatId, ticket);
		String brand = jdbc.sql("select brand from chat where chat_id = ?")
			.param(chatId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new ChatNotFoundException(chatId));
		origins.check(brand, origin);
	}

	private static Holder holder(ResultSet rs, int row) throws SQLException {
		return new Holder(rs.getBytes("token_hash"), rs.getString("brand"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				rs.getObject("token_used_at", OffsetDateTime.class).toInstant());
	}

	/** What the check needs of the chat a token is presented for. */
	private record Holder(byte[] tokenHash, String brand, Instant startedAt, Instant tokenUsedAt) {
	}

}
