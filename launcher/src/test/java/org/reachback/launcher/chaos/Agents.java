package org.reachback.launcher.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.reachback.launcher.LocalSignIn;
import org.reachback.launcher.Service;
import org.reachback.testing.TestHttp;

import tools.jackson.databind.JsonNode;

/**
 * The demo brand's billing agents at their consoles, through the public API: each goes available,
 * accepts every callback offered to them and completes its chat session at once. They keep at it
 * through the faults, as people at a console would, retrying whatever failed on the next look.
 * {@link #stopAccepting()} lets them finish what they hold without taking more.
 */
final class Agents implements AutoCloseable {

	private static final List<String> BILLING = List.of("maria", "sam");

	private static final Duration LOOK_EVERY = Duration.ofMillis(200);

	/** The instances of interaction-manager and of session-service, which each look goes to in turn. */
	private final List<TestHttp> interactions;

	private final List<TestHttp> sessionServices;

	Agents() {
		this(List.of(Service.INTERACTION.port()), List.of(Service.SESSION.port()));
	}

	Agents(List<Integer> interactionPorts, List<Integer> sessionPorts) {
		this.interactions = interactionPorts.stream().map(TestHttp::onPort).toList();
		this.sessionServices = sessionPorts.stream().map(TestHttp::onPort).toList();
	}

	private final ExecutorService consoles = Executors.newFixedThreadPool(BILLING.size());

	private final AtomicInteger completed = new AtomicInteger();

	private volatile boolean accepting = true;

	private volatile boolean working = true;

	void start() {
		for (String agent : BILLING) {
			consoles.execute(() -> work(agent));
		}
	}

	void stopAccepting() {
		accepting = false;
	}

	/** Sessions the agents completed. */
	int completed() {
		return completed.get();
	}

	private void work(String agent) {
		for (int look = 0; working; look++) {
			TestHttp interaction = interactions.get(look % interactions.size());
			TestHttp sessions = sessionServices.get(look % sessionServices.size());
			try {
				// kept by LocalSignIn, and renewed before it expires
				String login = LocalSignIn.bearer(agent);
				// now and then, make sure the agent is still signed in to take callbacks
				if (look % 25 == 0 && "OFFLINE".equals(interaction.get("/api/v1/agents/" + agent, login)
					.body()
					.path("state")
					.asString("OFFLINE"))) {
					interaction.put("/api/v1/agents/" + agent + "/state", login, Map.of("state", "AVAILABLE"));
				}
				if (accepting) {
					for (JsonNode offer : list(interaction.get("/api/v1/agents/" + agent + "/offers", login))) {
						interaction.post("/api/v1/offers/" + offer.path("offerId").asString() + "/accept", login, Map.of());
					}
				}
				for (JsonNode session : list(sessions.get("/api/v1/agents/" + agent + "/sessions", login))) {
					if ("CONNECTED".equals(session.path("status").asString()) && sessions
						.post("/api/v1/sessions/" + session.path("sessionId").asString() + "/complete", login, Map.of())
						.status() == 200) {
						completed.incrementAndGet();
					}
				}
			}
			catch (RuntimeException noAnswer) {
				// the service is down or the connection was cut; look again
			}
			LockSupport.parkNanos(LOOK_EVERY.toNanos());
		}
	}

	private static List<JsonNode> list(TestHttp.Response response) {
		return response.status() == 200 ? response.body().valueStream().toList() : List.of();
	}

	@Override
	public void close() {
		working = false;
		consoles.shutdown();
		try {
			consoles.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
