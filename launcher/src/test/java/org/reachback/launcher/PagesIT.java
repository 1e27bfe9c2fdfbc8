package org.reachback.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.reachback.testing.TestHttp;
import org.reachback.testing.browser.Browser;
import org.reachback.testing.logs.LogGate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three pages clicked by people, each in their own headless Chromium: the customer in the chat
 * widget on the demo brand's page (a phone's 360 px), maria in the agent console and the
 * administrator on the dashboard, against the whole suite as the local run starts it. Every page is
 * judged as it goes: no error in its console, no serious or critical axe-core violation, a
 * screenshot of every step under {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesIT {

	private static final String WIDGET = "#reachback-chat";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String SHOP = "http://localhost:" + Service.INTENT.port() + "/";

	private static final String CONSOLE = "http://localhost:" + Service.INTERACTION.port() + "/console/";

	private static final String DASHBOARD = "http://localhost:" + Service.INTERACTION.port() + "/admin/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TestHttp interaction = TestHttp.onPort(Service.INTERACTION.port());

	private LocalSuite suite;

	@BeforeAll
	void startSuite() {
		// its journey takes the oldest waiting callback: it needs a suite the journeys left nothing in
		SharedSuite.stop();
		suite = LocalSuite.start(Path.of(System.getProperty("reachback.home", "..")), 0, List.of());
	}

	@AfterEach
	void everyAgentOffline() {
		for (String agent : List.of("maria", "li", "sam")) {
			interaction.put("/api/v1/agents/" + agent + "/state", LocalSignIn.bearer("admin"), Map.of("state", "OFFLINE"))
				.expect(202);
		}
	}

	@AfterAll
	void stopSuite() {
		if (suite != null) {
			suite.close();
			LogGate.assertClean(suite.logs());
		}
	}

	@Test
	void journeyTwoTheCustomerAsksMariaJoinsTheChatAndTheDashboardFollows() {
		try (Browser customer = Browser.open("journey2-customer", SCREENSHOTS, 360);
				Browser maria = Browser.open("journey2-maria", SCREENSHOTS, 1280);
				Browser admin = Browser.open("journey2-admin", SCREENSHOTS, 1280)) {
			signIn(admin.go(DASHBOARD), "admin", "admin");
			admin.find("queue-row");
			admin.find("callback-state");
			int dueBefore = count(admin, "DUE");
			int completedBefore = count(admin, "COMPLETED");
			signIn(maria.go(CONSOLE), "maria", "demo");
			maria.find("current-state");

			// The customer asks the billing bot something it cannot do, and asks to be called back here.
			openWidget(customer.go(SHOP));
			say(customer, "I was charged twice for the same order and want to dispute the charge");
			customer.findInShadow(WIDGET, "prompt");
			check(customer, "prompt");
			customer.findInShadow(WIDGET, "media-chat").click();
			customer.findInShadow(WIDGET, "option-callback-asap").click();
			customer.findInShadow(WIDGET, "phone").sendKeys("020 7946 0111");
			customer.findInShadow(WIDGET, "book").click();
			awaitStatus(customer, "DUE");
			check(customer, "callback-due");

			// The dashboard shows the callback pending.
			admin.await(d -> count(admin, "DUE") > dueBefore);
			check(admin, "callback-pending");

			// Maria becomes available, sees the offer with its context, and accepts it.
			maria.find("state-available").click();
			maria.await(d -> maria.find("offer").isDisplayed() && !maria.find("offer-transcript").getText().isBlank());
			assertThat(maria.find("offer").getAttribute("data-callback-id")).isNotBlank();
			assertThat(maria.find("offer-transcript").getText()).contains("charged twice");
			assertThat(maria.find("offer-countdown").getText()).isNotBlank();
			check(maria, "offer");
			maria.find("accept").click();
			maria.await(d -> "CHAT".equals(maria.find("session").getAttribute("data-channel")));
			admin.await(d -> "BUSY".equals(agentState(admin, "maria")));
			check(admin, "agent-busy");

			// They talk; a line carrying markup stays text in the console.
			maria.find("session-message").sendKeys("Hi, Maria from billing here. Let me look at that double charge.");
			maria.find("session-send").click();
			customer.await(d -> entries(customer, "AGENT").stream().anyMatch(text -> text.contains("double charge")));
			check(customer, "agent-message");
			say(customer, "<img src=x onerror=alert(1)> it was order 1234");
			maria.await(d -> maria.find("session-transcript").getText().contains("<img src=x onerror=alert(1)>"));
			assertThat(maria.script("return document.querySelectorAll('[data-test=session-transcript] img').length"))
				.isEqualTo(0L);
			check(maria, "markup-inert");

			// Maria completes the session; the customer and the dashboard see it completed.
			new Select(maria.find("disposition")).selectByValue("COMPLETED");
			maria.find("complete").click();
			awaitStatus(customer, "COMPLETED");
			check(customer, "completed");
			admin.await(d -> count(admin, "COMPLETED") > completedBefore);
			assertThat(admin.find("capacity-chart").isDisplayed()).isTrue();
			check(admin, "completed");
			check(maria, "completed");
		}
	}

	@Test
	void journeyOneTheBotAnswersAndTheChatSurvivesAReloadAndALostNetwork() {
		try (Browser customer = Browser.open("journey1-customer", SCREENSHOTS, 360)) {
			openWidget(customer.go(SHOP));
			say(customer, "What are your opening hours?");
			customer.await(d -> !entries(customer, "BOT").isEmpty());
			assertThat(customer.allInShadow(WIDGET, "prompt")).isEmpty();
			check(customer, "bot-answered");
			int before = customer.allInShadow(WIDGET, "entry").size();

			// A reload: the chat resumes where it was, nothing shown twice.
			customer.driver().navigate().refresh();
			openWidget(customer);
			customer.await(d -> customer.allInShadow(WIDGET, "entry").size() == before);
			check(customer, "after-reload");

			// The network goes and comes back: the stream resumes, and the next answer arrives once.
			customer.loseNetwork(Duration.ofSeconds(4));
			say(customer, "Do you ship to Spain?");
			customer.await(d -> entries(customer, "BOT").size() >= 2);
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
				.until(() -> entries(customer, "BOT").size() == 2);
			check(customer, "after-outage");
		}
	}

	@Test
	void aCallbackBookedForASlotIsCancelledThroughTheSignedLinkWithoutTheChat() {
		try (Browser customer = Browser.open("signed-link-customer", SCREENSHOTS, 360)) {
			openWidget(customer.go(SHOP));
			say(customer, "Can Maria call me tomorrow at 10?");
			customer.findInShadow(WIDGET, "prompt");
			customer.findInShadow(WIDGET, "media-voice").click();
			customer.findInShadow(WIDGET, "option-callback-scheduled").click();
			customer.findInShadow(WIDGET, "slot").click();
			customer.findInShadow(WIDGET, "phone").sendKeys("020 7946 0222");
			customer.findInShadow(WIDGET, "book").click();
			awaitStatus(customer, "SCHEDULED");
			check(customer, "booked");

			// The link from the callback's record, with the chat's token read where the widget keeps it.
			JsonNode saved = JSON.readTree((String) customer.script("return localStorage.getItem('reachback.chat.acme')"));
			String link = linkOfLatestCallback(saved);
			customer.go(link);
			customer.await(d -> "SCHEDULED".equals(customer.find("manage-status").getAttribute("data-status")));
			check(customer, "manage-page");
			customer.find("manage-cancel").click();
			customer.await(d -> "CANCELLED".equals(customer.find("manage-status").getAttribute("data-status")));
			check(customer, "cancelled");
		}
	}

	/** The manage link of the chat's callback, found through the chat's transcript. */
	private static String linkOfLatestCallback(JsonNode saved) {
		TestHttp intent = TestHttp.onPort(Service.INTENT.port());
		String bearer = TestHttp.bearer(saved.path("token").asString());
		String callbackId = intent.get("/api/v1/chats/" + saved.path("chatId").asString() + "/transcript", bearer)
			.expect(200)
			.valueStream()
			.filter(entry -> "callback".equals(entry.path("kind").asString()))
			.map(entry -> entry.path("callback").path("callbackId").asString())
			.reduce((first, last) -> last)
			.orElseThrow();
		return intent.get("/api/v1/callbacks/" + callbackId, bearer).expect(200).path("manageUrl").asString();
	}

	@Test
	void aWrongNumberIsExplainedNextToTheField() {
		try (Browser customer = Browser.open("wrong-number-customer", SCREENSHOTS, 360)) {
			openWidget(customer.go(SHOP));
			say(customer, "I want to talk to a real person please");
			customer.findInShadow(WIDGET, "prompt");
			customer.findInShadow(WIDGET, "media-voice").click();
			customer.findInShadow(WIDGET, "option-callback-asap").click();
			WebElement phone = customer.findInShadow(WIDGET, "phone");
			phone.sendKeys("12345");
			customer.findInShadow(WIDGET, "book").click();

			WebElement error = customer.findInShadow(WIDGET, "phone-error");
			customer.await(d -> !error.getText().isBlank());
			assertThat(phone.getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(phone.getAttribute("aria-describedby")).isNotBlank();
			check(customer, "wrong-number");
		}
	}

	private static void openWidget(Browser customer) {
		customer.findInShadow(WIDGET, "launcher").click();
		customer.findInShadow(WIDGET, "panel");
	}

	/** Types a message and sends it with the keyboard alone. */
	private static void say(Browser customer, String text) {
		WebElement input = customer.findInShadow(WIDGET, "message-input");
		input.sendKeys(text);
		input.sendKeys(Keys.ENTER);
	}

	private static List<String> entries(Browser customer, String speaker) {
		return customer.allInShadow(WIDGET, "entry")
			.stream()
			.filter(entry -> speaker.equals(entry.getAttribute("data-speaker")))
			.map(WebElement::getText)
			.toList();
	}

	private static void awaitStatus(Browser customer, String status) {
		customer.await(d -> status.equals(customer.findInShadow(WIDGET, "callback-status").getAttribute("data-status")));
	}

	/**
	 * Signs in as a person does: the page sends them to the local run's issuer, they type their
	 * password there (never into the page), and the issuer sends them back, signed in.
	 */
	private static void signIn(Browser browser, String user, String password) {
		String page = browser.driver().getCurrentUrl();
		browser.find("sign-in").click();
		browser.await(driver -> driver.getCurrentUrl().startsWith(LocalSuite.ISSUER));
		browser.await(driver -> driver.findElement(By.id("username"))).sendKeys(user);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		browser.driver().findElement(By.id("sign-in")).click();
		browser.await(driver -> driver.getCurrentUrl().equals(page));
		browser.await(driver -> !browser.find("sign-in").isDisplayed());
	}

	private static int count(Browser admin, String state) {
		return admin.all("callback-state")
			.stream()
			.filter(entry -> state.equals(entry.getAttribute("data-state")))
			.map(entry -> entry.getText().replaceAll("\\D", ""))
			.filter(digits -> !digits.isEmpty())
			.mapToInt(Integer::parseInt)
			.sum();
	}

	private static String agentState(Browser admin, String agent) {
		return admin.all("agent-row")
			.stream()
			.filter(row -> agent.equals(row.getAttribute("data-agent")))
			.map(row -> row.findElement(By.cssSelector("[data-test=\"agent-state\"]")).getText())
			.findFirst()
			.orElse("");
	}

	/** A step's screenshot, then the page's judges: its console and axe-core. */
	private static void check(Browser browser, String step) {
		browser.screenshot(step);
		browser.assertNoJavaScriptErrors();
		browser.assertAccessible();
	}

}
