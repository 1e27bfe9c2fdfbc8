package org.reachback.events.privacy;

import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.reachback.events.Customer;
import org.reachback.events.EventCodec;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal data is sealed for its chat on the wire, opened with the chat's key, and unreadable for
 * good once that key is gone. The keys are held in a map here, standing in for the keyring in
 * PostgreSQL ({@link JdbcSubjectKeys}, tested against a real one in platform).
 */
class SealedEventsTest {

	private final Keys keys = new Keys();

	private final EventCodec codec = new EventCodec(keys);

	private final UUID chatId = UUID.randomUUID();

	private final ChatStarted started = new ChatStarted(UUID.randomUUID(), Instant.parse("2026-12-03T10:00:00Z"),
			chatId, "acme", "billing", new Customer("Erin Castellano", "+442079461101", "Europe/London", "en-GB"),
			UUID.randomUUID(), "someone used my card at the harbour kiosk", null);

	@Test
	void anEventWithPersonalDataIsSealedForItsChatAndOpensAsItWas() {
		EventCodec.Encoded encoded = codec.encode(started);

		assertThat(encoded.payload()).startsWith("{\"sealedFor\":\"" + chatId + "\",\"alg\":\"A256GCM\",\"ciphertext\":\"")
			.doesNotContain("Erin", "+442079461101", "harbour", "acme", "dataSubject");
		assertThat(codec.encode(started).payload()).as("a fresh nonce every time").isNotEqualTo(encoded.payload());
		assertThat(codec.decode(encoded.type(), encoded.payload())).contains(started);
	}

	@Test
	void anEventWithoutPersonalDataTravelsInTheClearAndClearPayloadsStillOpen() {
		AgentStateChanged changed = new AgentStateChanged(UUID.randomUUID(), Instant.parse("2026-12-03T10:00:00Z"),
				"maria", AgentState.AVAILABLE, "reachback");
		EventCodec.Encoded encoded = codec.encode(changed);
		EventCodec.Encoded clear = new EventCodec().encode(started);

		assertThat(encoded.payload()).contains("\"agentId\":\"maria\"");
		assertThat(codec.decode(encoded.type(), encoded.payload())).contains(changed);
		assertThat(clear.payload()).as("without keys, in the clear").contains("harbour");
		assertThat(codec.decode(clear.type(), clear.payload())).as("written before sealing").contains(started);
	}

	@Test
	void onceTheChatIsErasedItsEventsDecodeToNothingAndNewOnesCanNeverBeOpened() {
		EventCodec.Encoded before = codec.encode(started);
		keys.erase(chatId);

		assertThat(codec.decode(before.type(), before.payload())).isEmpty();
		CustomerMessaged late = new CustomerMessaged(UUID.randomUUID(), Instant.now(), chatId, "acme", "billing",
				UUID.randomUUID(), "one more thing", null, null);
		EventCodec.Encoded after = codec.encode(late);
		assertThat(after.payload()).doesNotContain("one more thing");
		assertThat(keys.secrets).as("no new key for an erased chat").doesNotContainKey(chatId);
		assertThat(codec.decode(after.type(), after.payload())).isEmpty();
	}

	@Test
	void aSealedPayloadThatWasTamperedWithOrPassesForAnotherTypeIsMalformed() {
		EventCodec.Encoded encoded = codec.encode(started);
		String ciphertext = encoded.payload().replaceAll(".*\"ciphertext\":\"([^\"]+)\".*", "$1");
		char flipped = ciphertext.charAt(20) == 'A' ? 'B' : 'A';
		String tampered = encoded.payload().replace(ciphertext,
				ciphertext.substring(0, 20) + flipped + ciphertext.substring(21));

		assertThatThrownBy(() -> codec.decode(encoded.type(), tampered))
			.isInstanceOf(EventCodec.MalformedEventException.class);
		assertThatThrownBy(() -> codec.decode("CustomerMessaged", encoded.payload()))
			.as("the type is bound to the ciphertext")
			.isInstanceOf(EventCodec.MalformedEventException.class);
		assertThatThrownBy(() -> codec.decode(encoded.type(), encoded.payload().replace(chatId.toString(),
				UUID.randomUUID().toString())))
			.as("a chat that never had a key")
			.isInstanceOf(EventCodec.MalformedEventException.class);
		assertThatThrownBy(() -> new EventCodec().decode(encoded.type(), encoded.payload()))
			.as("no keys to open it with")
			.isInstanceOf(EventCodec.MalformedEventException.class);
	}

	@Test
	void keysThatCannotBeReadNowAreAnOutageNotAMalformedEvent() {
		EventCodec.Encoded encoded = codec.encode(started);
		keys.down = true;

		assertThatThrownBy(() -> codec.decode(encoded.type(), encoded.payload()))
			.isInstanceOf(SubjectKeys.KeysUnavailableException.class);
	}

	/** Keys in memory; an erased chat keeps a tombstone, as in the keyring. */
	private static final class Keys implements SubjectKeys {

		final Map<UUID, SecretKey> secrets = new HashMap<>();

		final Set<UUID> erased = new HashSet<>();

		boolean down;

		@Override
		public Optional<SecretKey> sealing(UUID subject) {
			if (erased.contains(subject)) {
				return Optional.empty();
			}
			return Optional.of(secrets.computeIfAbsent(subject, s -> newKey()));
		}

		@Override
		public Optional<SecretKey> opening(UUID subject) {
			if (down) {
				throw new KeysUnavailableException("the database is restarting", null);
			}
			if (erased.contains(subject)) {
				return Optional.empty();
			}
			SecretKey key = secrets.get(subject);
			if (key == null) {
				throw new UnknownSubjectException(subject);
			}
			return Optional.of(key);
		}

		void erase(UUID subject) {
			secrets.remove(subject);
			erased.add(subject);
		}

		private static SecretKey newKey() {
			try {
				KeyGenerator generator = KeyGenerator.getInstance("AES");
				generator.init(256);
				return generator.generateKey();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
