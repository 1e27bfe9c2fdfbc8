package org.reachback.platform.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reachback.events.Customer;
import org.reachback.events.EventCodec;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.privacy.JdbcSubjectKeys;
import org.reachback.events.privacy.SubjectKeys;
import org.reachback.infra.LocalPostgres;
import org.reachback.testing.SchemaRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The keyring in a real PostgreSQL (the JVM's shared one, whose start makes {@code keyring}), used
 * as every service uses it: on the connection of the transaction under way.
 */
class SubjectKeysTests {

	private static LocalPostgres postgres;

	private static DriverManagerDataSource dataSource;

	private static JdbcSubjectKeys keys;

	private static JdbcClient jdbc;

	private static TransactionTemplate transactions;

	@BeforeAll
	static void connect() {
		postgres = LocalPostgres.shared();
		postgres.retain();
		dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), postgres.password());
		keys = new JdbcSubjectKeys(new TransactionAwareDataSourceProxy(dataSource));
		jdbc = JdbcClient.create(dataSource);
		transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@AfterAll
	static void release() {
		postgres.release();
	}

	@Test
	void aChatHasOneKeyWhoeverAsksFirstAndTheKeyringNamesNoChat() throws Exception {
		UUID chat = UUID.randomUUID();
		ExecutorService services = Executors.newFixedThreadPool(4);
		try {
			Callable<SecretKey> ask = () -> keys.sealing(chat).orElseThrow();
			List<Future<SecretKey>> asked = services.invokeAll(List.of(ask, ask, ask, ask));
			SecretKey first = asked.get(0).get();
			for (Future<SecretKey> other : asked) {
				assertThat(other.get().getEncoded()).isEqualTo(first.getEncoded());
			}
			assertThat(first.getEncoded()).hasSize(32);
			assertThat(keys.opening(chat)).map(SecretKey::getEncoded).contains(first.getEncoded());
		}
		finally {
			services.shutdown();
		}
		assertThat(SchemaRows.holding(jdbc, "keyring", chat.toString())).isZero();
		assertThat(SchemaRows.holding(jdbc, "keyring", chat.toString().replace("-", ""))).isZero();
	}

	@Test
	void aKeyMadeInATransactionThatRollsBackIsNotKept() {
		UUID chat = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			keys.sealing(chat);
			status.setRollbackOnly();
		});

		assertThatThrownBy(() -> keys.opening(chat)).isInstanceOf(SubjectKeys.UnknownSubjectException.class);
	}

	@Test
	void erasingDestroysTheKeyForGoodAndLeavesATombstoneEvenForAChatWithoutOne() {
		UUID chat = UUID.randomUUID();
		UUID neverSealed = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		EventCodec codec = new EventCodec(keys);
		ChatStarted started = new ChatStarted(UUID.randomUUID(), Instant.now(), chat, "acme", "billing",
				new Customer("Erin Castellano", "+442079461101", "Europe/London", "en-GB"), UUID.randomUUID(),
				"someone used my card at the harbour kiosk", null);
		EventCodec.Encoded sealed = codec.encode(started);
		keys.sealing(other);

		Integer destroyed = transactions.execute(status -> keys.erase(List.of(chat, neverSealed)));
		assertThat(destroyed).as("keys destroyed").isOne();
		assertThat(keys.erase(List.of(chat))).as("erasing again destroys nothing").isZero();

		assertThat(keys.opening(chat)).isEmpty();
		assertThat(keys.sealing(neverSealed)).as("no key is made for an erased chat").isEmpty();
		assertThat(codec.decode(sealed.type(), sealed.payload())).as("its events can no longer be read").isEmpty();
		assertThat(keys.opening(other)).as("another chat's key is kept").isPresent();
		assertThat(jdbc.sql("select count(*) from keyring.subject_key where secret is null and erased_at is not null"
				+ " and subject_digest in (sha256(convert_to(?, 'UTF8')), sha256(convert_to(?, 'UTF8')))")
			.params(chat.toString(), neverSealed.toString())
			.query(Integer.class)
			.single()).as("the keyring finds a chat by the SHA-256 of its id").isEqualTo(2);
	}

	@Test
	void aDatabaseThatCannotBeReachedIsAnOutage() {
		JdbcSubjectKeys unreachable = new JdbcSubjectKeys(
				new DriverManagerDataSource("jdbc:postgresql://localhost:1/none", "nobody", "nothing"));

		assertThatThrownBy(() -> unreachable.opening(UUID.randomUUID()))
			.isInstanceOf(SubjectKeys.KeysUnavailableException.class);
	}

}
