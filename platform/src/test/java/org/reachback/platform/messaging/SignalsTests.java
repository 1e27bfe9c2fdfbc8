package org.reachback.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reachback.infra.LocalPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals between two instances of one service, each with its own {@link Signals} on the JVM's
 * shared PostgreSQL, as two processes would have; a third in another schema stands for another
 * service on the same database. No Spring context is involved.
 */
class SignalsTests {

	private static final String CHANNEL = "chat_changed";

	private static LocalPostgres postgres;

	private final Instance sender = new Instance("signals_service");

	private final Instance receiver = new Instance("signals_service");

	private final Instance otherService = new Instance("signals_other");

	@BeforeAll
	static void database() {
		postgres = ServiceSchemas.retain("signals_service", "signals_other");
	}

	@AfterAll
	static void releaseTheDatabase() {
		postgres.release();
	}

	@AfterEach
	void stop() {
		sender.signals.stop();
		receiver.signals.stop();
		otherService.signals.stop();
	}

	@Test
	void aSignalReachesEveryInstanceOfTheServiceOnlyOnceItsTransactionCommits() throws Exception {
		receiver.startListening();
		sender.startListening();
		otherService.startListening();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> receiver.missed.get() == 1 && sender.missed.get() == 1 && otherService.missed.get() == 1);

		sender.transactions.executeWithoutResult(status -> {
			sender.signals.send(CHANNEL, "chat-1");
			sender.signals.send(CHANNEL, "chat-1");
			sleep(Duration.ofMillis(300));
			assertThat(receiver.heard).as("before the commit").isEmpty();
		});
		sender.transactions.executeWithoutResult(status -> {
			sender.signals.send(CHANNEL, "rolled-back");
			status.setRollbackOnly();
		});
		sender.signals.send(CHANNEL, "chat-2");

		await().atMost(Duration.ofSeconds(10)).until(() -> receiver.heard.size() == 2);
		assertThat(receiver.heard).containsExactly("chat-1", "chat-2");
		await().atMost(Duration.ofSeconds(10)).until(() -> sender.heard.size() == 2);
		assertThat(sender.heard).as("the sending instance hears its own").containsExactly("chat-1", "chat-2");
		sleep(Duration.ofMillis(300));
		assertThat(otherService.heard).as("another service's schema").isEmpty();
	}

	@Test
	void aLostListeningConnectionIsReplacedAndItsListenersToldToCatchUp() {
		receiver.startListening();
		await("told at the first connection").atMost(Duration.ofSeconds(10)).until(() -> receiver.missed.get() == 1);

		JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), postgres.password()))
			.sql("""
					select pg_terminate_backend(pid) from pg_stat_activity
					where query like 'listen "signals_service.%'""")
			.query()
			.listOfRows();

		await().atMost(Duration.ofSeconds(15)).until(() -> receiver.missed.get() == 2);
		sender.signals.send(CHANNEL, "after-the-cut");
		await().atMost(Duration.ofSeconds(10)).until(() -> receiver.heard.contains("after-the-cut"));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One instance of a service: its own connections to the service's schema and its own {@link Signals}. */
	private static final class Instance {

		final Signals signals;

		final TransactionTemplate transactions;

		final List<String> heard = new CopyOnWriteArrayList<>();

		final AtomicInteger missed = new AtomicInteger();

		Instance(String schema) {
			DriverManagerDataSource dataSource = ServiceSchemas.connections(postgres, schema);
			this.signals = new Signals(dataSource, JdbcClient.create(dataSource));
			this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		}

		void startListening() {
			signals.listen(CHANNEL, new Signals.Listener() {

				@Override
				public void signalled(String payload) {
					heard.add(payload);
				}

				@Override
				public void missed() {
					missed.incrementAndGet();
				}

			});
			signals.start();
		}

	}

}
