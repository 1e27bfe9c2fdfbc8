package org.reachback.launcher.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.reachback.infra.LocalPostgres;
import org.reachback.launcher.LocalSignIn;
import org.reachback.launcher.Service;
import org.reachback.testing.TestHttp;

/**
 * The dispatch run: a burst of callbacks waiting, then agents who all become available at once.
 * The intake run leaves its callbacks DUE on the billing queue with nobody available; the harness's
 * own agents ({@code load-001} on, billing, beside the demo agents in interaction-manager's roster)
 * are then put AVAILABLE together by an administrator, and each dispatch is measured from the moment
 * its agent was asked to go available to the offer made to them, as interaction-manager's
 * {@code offer} table records it. Each agent gets one offer: the harness's agents cannot sign in to
 * accept (the local issuer knows its demo users only), so a run dispatches as many callbacks as it
 * has agents, and the sustained rate of agents accepting and completing is not measured.
 */
final class Dispatch {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The demo roster's agents (interaction-manager's application-demo.yml), whom a list of agents in configuration replaces. */
	private static final List<String> DEMO_AGENTS = List.of("{ id: maria, name: Maria, skills: [billing, orders] }",
			"{ id: li, name: Li, skills: [tech-support, orders] }", "{ id: sam, name: Sam, skills: [billing, faq] }");

	/** Offers made within this of their agent going available count as on time. */
	static final Duration ON_TIME = Duration.ofSeconds(2);

	private final int agents;

	Dispatch(int agents) {
		this.agents = agents;
	}

	List<String> agentIds() {
		return IntStream.rangeClosed(1, agents).mapToObj(agent -> String.format("load-%03d", agent)).toList();
	}

	/**
	 * Writes the roster of the harness's agents as a profile-specific configuration file in
	 * {@code directory}, and returns the setting that gives it to the services.
	 */
	String roster(Path directory) throws IOException {
		Files.createDirectories(directory);
		// the demo agents stay, since the demo roster plans their shifts; they stay offline
		String agentList = Stream.concat(DEMO_AGENTS.stream(), agentIds().stream()
			.map(id -> "{ id: " + id + ", name: \"Load agent " + id.substring(5) + "\", skills: [billing] }"))
			.map(agent -> "    - " + agent)
			.collect(Collectors.joining("\n"));
		Files.writeString(directory.resolve("application-demo.yml"), "reachback:\n  agents:\n" + agentList + "\n");
		return "--spring.config.additional-location=optional:file:" + directory.toAbsolutePath() + "/";
	}

	/** What the run measured, and how many of its dispatches were within {@link #ON_TIME}. */
	record Result(Latencies.Summary summary, double withinOnTimeShare) {

	}

	/** Puts every agent available at once and waits for each one's offer; needs at least as many callbacks waiting. */
	Result run(LocalPostgres postgres) throws InterruptedException, SQLException {
		TestHttp interaction = TestHttp.onPort(Service.INTERACTION.port());
		String admin = LocalSignIn.bearer("admin");
		Map<String, Long> askedNanos = new ConcurrentHashMap<>();
		Map<String, Instant> asked = new ConcurrentHashMap<>();
		ExecutorService requests = Executors.newFixedThreadPool(8);
		for (String agent : agentIds()) {
			requests.execute(() -> {
				asked.put(agent, Instant.now());
				askedNanos.put(agent, System.nanoTime());
				interaction.put("/api/v1/agents/" + agent + "/state", admin, Map.of("state", "AVAILABLE"));
			});
		}
		requests.shutdown();
		requests.awaitTermination(1, TimeUnit.MINUTES);

		Map<String, Instant> offered = Map.of();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			offered = offers(postgres);
			if (offered.size() >= agents) {
				break;
			}
			TimeUnit.MILLISECONDS.sleep(100);
		}
		Latencies latencies = new Latencies();
		int onTime = 0;
		for (String agent : agentIds()) {
			latencies.expect();
			Instant offer = offered.get(agent);
			if (offer == null) {
				latencies.fail(agent + " offered nothing within " + PATIENCE.toSeconds() + " s");
				continue;
			}
			Duration waited = Duration.between(asked.get(agent), offer);
			long due = askedNanos.get(agent);
			latencies.recordBetween(due, due + Math.max(0, waited.toNanos()));
			if (waited.compareTo(ON_TIME) <= 0) {
				onTime++;
			}
		}
		return new Result(latencies.summarize("dispatch, " + agents + " agents at once"), (double) onTime / agents);
	}

	/** The first offer made to each of the harness's agents, by agent. */
	private Map<String, Instant> offers(LocalPostgres postgres) throws SQLException {
		try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
				PreparedStatement query = db.prepareStatement(
						"select agent_id, min(offered_at) from interaction.offer where agent_id = any(?) group by agent_id")) {
			Array ids = db.createArrayOf("text", agentIds().toArray());
			query.setArray(1, ids);
			Map<String, Instant> offers = new HashMap<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					offers.put(rows.getString(1), rows.getTimestamp(2).toInstant());
				}
			}
			return offers;
		}
	}

}
