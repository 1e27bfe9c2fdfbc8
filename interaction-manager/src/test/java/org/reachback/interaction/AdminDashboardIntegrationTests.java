package org.reachback.interaction;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin dashboard as its browser meets this service: the page and its chart library load
 * without sign-in, the administrator's sign-in against {@code /actuator/queues} fails without the
 * browser's own dialog, and the figures the page reads are where it reads them.
 */
@ServiceIntegrationTest
class AdminDashboardIntegrationTests {

	private static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void connect() {
		http = TestHttp.onPort(port);
	}

	@Test
	void theDashboardAndItsChartLibraryAreServedToAnyoneFromThisOrigin() {
		TestHttp.Response page = http.get("/admin/", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("<script src=\"" + CHART_JS + "\" defer></script>",
				"<script type=\"module\" src=\"/admin/admin.js\"></script>", "data-test=\"capacity-chart\"");

		TestHttp.Response chart = http.get(CHART_JS, null);
		assertThat(chart.status()).isEqualTo(200);
		assertThat(chart.contentType()).contains("javascript");
		assertThat(chart.text()).startsWith("/*!\n * Chart.js v4.4.1");
		assertThat(http.get("/admin/admin.js", null).contentType()).contains("javascript");
		assertThat(http.get("/admin/admin.css", null).contentType()).startsWith("text/css");
	}

	@Test
	void anExpiredTokenIsA401AnAgentIsForbiddenAndASupervisorReads() {
		String expired = TestHttp.bearer(TestTokens.token("admin", List.of("ADMIN"), Duration.ofMinutes(-1)));
		for (String path : List.of("/actuator/queues", "/api/v1/queues/billing/availability?days=2")) {
			TestHttp.Response wrong = fromThePage(path, expired);
			assertThat(wrong.status()).as(path).isEqualTo(401);
			assertThat(wrong.header("WWW-Authenticate")).as(path).startsWith("Bearer");
			assertThat(fromThePage(path, TestHttp.demoUser("maria")).status()).as(path).isEqualTo(403);
			assertThat(fromThePage(path, TestHttp.demoUser("supervisor")).status()).as(path).isEqualTo(200);
			assertThat(fromThePage(path, TestHttp.demoUser("admin")).status()).as(path).isEqualTo(200);
		}
	}

	@Test
	void theQueuesEndpointCarriesEveryFigureTheDashboardShows() {
		JsonNode overview = fromThePage("/actuator/queues", TestHttp.demoUser("admin")).expect(200);

		assertThat(overview.path("status").values()).extracting(row -> row.path("queue").asString())
			.containsExactly("billing", "faq", "orders", "tech-support");
		assertThat(overview.path("status").values()).allSatisfy(row -> assertThat(row.propertyNames())
			.contains("interactionsWaiting", "callbacksPending", "agentsAvailable", "agentsStaffed",
					"estimatedWaitSeconds"));
		assertThat(overview.path("agents").values()).extracting(agent -> agent.path("id").asString())
			.contains("maria", "li", "sam");
		assertThat(overview.path("agents").values()).allSatisfy(agent -> assertThat(agent.propertyNames())
			.contains("name", "state", "skills", "stateChangedAt"));
		assertThat(overview.path("openOffers").isArray()).isTrue();
		assertThat(overview.path("decisions").isArray()).isTrue();
	}

	@Test
	void theCapacityChartReadsEachSlotsCapacityAndBookings() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !fromThePage("/api/v1/queues/billing/availability?days=1", TestHttp.demoUser("admin"))
				.expect(200)
				.isEmpty());

		JsonNode slots = fromThePage("/api/v1/queues/billing/availability?days=1", TestHttp.demoUser("admin"))
			.expect(200);
		// billing is open all day: the half-hour slots of the next 24 hours from 15 minutes ahead
		assertThat(slots.values()).hasSizeBetween(46, 48).allSatisfy(slot -> {
			assertThat(slot.propertyNames()).containsExactlyInAnyOrder("start", "end", "capacity", "booked");
			assertThat(slot.path("capacity").isInt()).isTrue();
			assertThat(slot.path("booked").asInt()).isNotNegative();
		});
	}

	/** A request as the dashboard sends it: explicit credentials and {@code X-Requested-With}. */
	private TestHttp.Response fromThePage(String path, String authorization) {
		return http.send(http.request(path, authorization).header("X-Requested-With", "XMLHttpRequest").GET());
	}

}
