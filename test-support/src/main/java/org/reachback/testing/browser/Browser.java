package org.reachback.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: a headless Chromium with its own profile (so three browsers are three
 * people, sharing no storage), driven through Debian's {@code chromedriver}. Every check a page
 * test needs: elements by their {@code data-test} hook, in the page or in a shadow root; waiting;
 * screenshots under {@code target/screenshots}; no error in the browser's console; no serious or
 * critical axe-core violation. The browser and its driver come from Debian's {@code chromium} and
 * {@code chromium-driver} packages ({@code .ci/run} installs them), found at
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} unless
 * {@code -Dreachback.chromium} and {@code -Dreachback.chromedriver} say otherwise.
 */
public final class Browser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(30);

	/** Chromium's line for an API call answered 4xx: "…/api/v1/… - Failed to load resource: … status of 422 …". */
	private static final Pattern HANDLED_API_ANSWER = Pattern
		.compile("/(api|actuator)/\\S* - Failed to load resource: the server responded with a status of 4\\d\\d");

	/** axe-core impacts that fail a test. */
	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private final ChromeDriver driver;

	private final Path profile;

	private final Path screenshots;

	private final String name;

	private int shots;

	private Browser(ChromeDriver driver, Path profile, Path screenshots, String name) {
		this.driver = driver;
		this.profile = profile;
		this.screenshots = screenshots;
		this.name = name;
	}

	/**
	 * Opens a browser {@code width} pixels wide (360 for a phone).
	 * @param name names its screenshots, e.g. {@code customer}
	 */
	public static Browser open(String name, Path screenshots, int width) {
		try {
			Path profile = Files.createTempDirectory("reachback-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(System.getProperty("reachback.chromium", "/usr/bin/chromium"));
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + ",900",
					"--lang=en-GB", "--accept-lang=en-GB");
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(Path.of(System.getProperty("reachback.chromedriver", "/usr/bin/chromedriver")).toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(width, 900));
			Files.createDirectories(screenshots);
			return new Browser(driver, profile, screenshots, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	public Browser go(String url) {
		driver.get(url);
		return this;
	}

	/** The element with {@code data-test="<hook>"} in the page, waiting for it to exist. */
	public WebElement find(String hook) {
		return await(d -> first(d, hook));
	}

	/** The element with {@code data-test="<hook>"} inside the open shadow root of {@code hostCss}. */
	public WebElement findInShadow(String hostCss, String hook) {
		return await(d -> first(shadowRoot(hostCss), hook));
	}

	/** Every element with that hook inside the shadow root of {@code hostCss}, right now. */
	public List<WebElement> allInShadow(String hostCss, String hook) {
		return shadowRoot(hostCss).findElements(selector(hook));
	}

	/** Every element with that hook in the page, right now. */
	public List<WebElement> all(String hook) {
		return driver.findElements(selector(hook));
	}

	/** Waits (30 s at most) until {@code condition} gives something other than null or false. */
	public <T> T await(Function<ChromeDriver, T> condition) {
		return new WebDriverWait(driver, WAIT).ignoring(RuntimeException.class)
			.until(d -> condition.apply((ChromeDriver) d));
	}

	/** Saves a screenshot as {@code target/screenshots/<name>-<n>-<step>.png}; returns its path. */
	public Path screenshot(String step) {
		try {
			Path file = screenshots.resolve(String.format("%s-%02d-%s.png", name, ++shots, step));
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Fails on any error the page logged or threw since the last check: an uncaught exception or
	 * rejection, an error it logged, a file of the page that did not load. An API's 4xx answer,
	 * which Chromium logs as an error too, is the page's to handle (a 422 explained next to a field)
	 * and does not count.
	 */
	public void assertNoJavaScriptErrors() {
		assertNoErrors(HANDLED_API_ANSWER);
	}

	private void assertNoErrors(Pattern forgiven) {
		List<LogEntry> errors = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter(entry -> !forgiven.matcher(entry.getMessage()).find())
			.toList();
		if (!errors.isEmpty()) {
			throw new AssertionError(name + "'s browser console has errors on " + driver.getCurrentUrl() + ":\n"
					+ errors.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n")));
		}
	}

	/**
	 * Fails on any serious or critical axe-core violation (WCAG 2.1 A and AA) of the page as it is
	 * now; checks the console first, since axe's own inline styles are refused by the page's policy.
	 */
	public void assertAccessible() {
		assertNoJavaScriptErrors();
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver);
		// axe-core measures with inline styles of its own, which the page's policy refuses and logs
		assertNoErrors(Pattern.compile(HANDLED_API_ANSWER.pattern() + "|Applying inline style violates"));
		List<Rule> failing = results.getViolations()
			.stream()
			.filter(rule -> rule.getImpact() != null && FAILING_IMPACTS.contains(rule.getImpact()))
			.toList();
		if (!failing.isEmpty()) {
			throw new AssertionError(name + "'s page " + driver.getCurrentUrl() + " has accessibility violations:\n"
					+ failing.stream()
						.map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
								+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
						.collect(Collectors.joining("\n")));
		}
	}

	/**
	 * Takes the network away for {@code outage}, as a train entering a tunnel would, then gives it
	 * back. The requests that failed meanwhile are logged by Chromium as errors; those, and only
	 * those, are forgotten, so that {@link #assertNoJavaScriptErrors()} still catches anything else.
	 */
	public void loseNetwork(Duration outage) {
		driver.setNetworkConditions(offline(true));
		try {
			// the outage lasts at least that long, and the page must have noticed it is offline
			Awaitility.await("the page offline for " + outage)
				.pollDelay(outage)
				.atMost(outage.plusSeconds(10))
				.until(() -> Boolean.FALSE.equals(driver.executeScript("return navigator.onLine")));
		}
		finally {
			driver.setNetworkConditions(offline(false));
		}
		List<LogEntry> unexpected = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter(entry -> !entry.getMessage().contains("net::ERR_INTERNET_DISCONNECTED")
					&& !entry.getMessage().contains("Failed to fetch"))
			.toList();
		if (!unexpected.isEmpty()) {
			throw new AssertionError(name + "'s browser console has errors during the outage:\n"
					+ unexpected.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n")));
		}
	}

	private static ChromiumNetworkConditions offline(boolean offline) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(offline);
		return conditions;
	}

	/** Runs a script in the page (for what a person does outside it, such as losing the network). */
	public Object script(String javaScript, Object... arguments) {
		return driver.executeScript(javaScript, arguments);
	}

	private SearchContext shadowRoot(String hostCss) {
		return driver.findElement(By.cssSelector(hostCss)).getShadowRoot();
	}

	private static WebElement first(SearchContext context, String hook) {
		List<WebElement> found = context.findElements(selector(hook));
		return found.isEmpty() ? null : found.get(0);
	}

	private static By selector(String hook) {
		return By.cssSelector("[data-test=\"" + hook + "\"]");
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (var files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary profile left behind is harmless
			}
		}
	}

}
