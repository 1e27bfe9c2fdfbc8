package org.reachback.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reachback.events.privacy.JdbcSubjectKeys;
import org.reachback.infra.LocalPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two services' instances remembering keys from the JVM's shared PostgreSQL keyring, each with its
 * own connections and {@link Signals} as two processes would have, and a third keyring that erases
 * as intent-service does. No Spring context is involved.
 */
class CachedSubjectKeysTests {

	private static LocalPostgres postgres;

	private final Instance chatbot = new Instance("chatbot_keys");

	private final Instance callbacks = new Instance("callback_keys");

	@BeforeAll
	static void database() {
		postgres = ServiceSchemas.retain("chatbot_keys", "callback_keys");
	}

	@AfterAll
	static void releaseTheDatabase() {
		postgres.release();
	}

	@AfterEach
	void stop() {
		chatbot.signals.stop();
		callbacks.signals.stop();
	}

	@Test
	void aKeyIsReadOnceAndEveryServiceForgetsItWhenItIsErased() {
		chatbot.start();
		callbacks.start();
		UUID chat = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		SecretKey key = chatbot.keys.sealing(chat).orElseThrow();
		callbacks.keys.sealing(other).orElseThrow();
		await("both listening").atMost(Duration.ofSeconds(10)).until(() -> {
			callbacks.keys.opening(chat);
			return callbacks.keys.remembered().getIfPresent(chat) != null;
		});
		long misses = callbacks.keys.remembered().stats().missCount();
		assertThat(callbacks.keys.opening(chat)).map(SecretKey::getEncoded).contains(key.getEncoded());
		assertThat(callbacks.keys.remembered().stats().missCount()).as("read again from the keyring").isEqualTo(misses);

		Instance intent = new Instance("chatbot_keys");
		Integer destroyed = intent.transactions.execute(status -> intent.keyring.erase(List.of(chat)));
		assertThat(destroyed).isOne();

		await("forgotten by every service").atMost(Duration.ofSeconds(5))
			.until(() -> chatbot.keys.opening(chat).isEmpty() && callbacks.keys.opening(chat).isEmpty());
		assertThat(callbacks.keys.opening(other)).as("another chat's key").isPresent();
		assertThat(chatbot.keys.sealing(chat)).as("no key is made again for an erased chat").isEmpty();
	}

	@Test
	void aKeyReadInATransactionIsRememberedOnlyOnceItCommits() {
		chatbot.start();
		callbacks.start();
		UUID warmUp = UUID.randomUUID();
		chatbot.keys.sealing(warmUp);
		await("listening").atMost(Duration.ofSeconds(10)).until(() -> {
			chatbot.keys.opening(warmUp);
			return chatbot.keys.remembered().getIfPresent(warmUp) != null;
		});
		UUID chat = UUID.randomUUID();

		Optional<SecretKey> rolledBack = chatbot.transactions.execute(status -> {
			status.setRollbackOnly();
			return chatbot.keys.sealing(chat);
		});
		SecretKey committed = chatbot.transactions.execute(status -> {
			SecretKey made = chatbot.keys.sealing(chat).orElseThrow();
			assertThat(chatbot.keys.remembered().getIfPresent(chat)).as("before the commit").isNull();
			return made;
		});

		assertThat(committed.getEncoded()).isNotEqualTo(rolledBack.orElseThrow().getEncoded());
		assertThat(chatbot.keys.remembered().getIfPresent(chat)).as("after the commit")
			.hasValueSatisfying(remembered -> assertThat(remembered.getEncoded()).isEqualTo(committed.getEncoded()));
		assertThat(callbacks.keys.opening(chat)).map(SecretKey::getEncoded).contains(committed.getEncoded());
	}

	@Test
	void nothingIsRememberedUntilErasuresCanBeHeard() {
		UUID chat = UUID.randomUUID();
		chatbot.keys.sealing(chat);
		chatbot.keys.opening(chat);

		assertThat(chatbot.keys.remembered().asMap()).as("not listening yet").isEmpty();
		chatbot.start();
		await("listening").atMost(Duration.ofSeconds(10)).until(() -> {
			chatbot.keys.opening(chat);
			return chatbot.keys.remembered().getIfPresent(chat) != null;
		});
	}

	/** One service's instance: its own connections to its schema, its own {@link Signals} and keys. */
	private static final class Instance {

		final Signals signals;

		final TransactionTemplate transactions;

		final JdbcSubjectKeys keyring;

		final CachedSubjectKeys keys;

		Instance(String schema) {
			DriverManagerDataSource dataSource = ServiceSchemas.connections(postgres, schema);
			this.signals = new Signals(dataSource, JdbcClient.create(dataSource));
			this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
			this.keyring = new JdbcSubjectKeys(new TransactionAwareDataSourceProxy(dataSource));
			this.keys = new CachedSubjectKeys(keyring);
			signals.listen(JdbcSubjectKeys.ERASED, keys);
		}

		void start() {
			signals.start();
		}

	}

}
