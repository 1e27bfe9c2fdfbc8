package org.reachback.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachback.events.ArchitectureTopics.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the documentation true to {@link Topics} and {@link EventTypes}: the topics table of
 * {@code docs/architecture.md}, and the {@code ## Events} section of every service page, with its
 * {@code ### Publishes} and {@code ### Consumes} tables (columns {@code topic} and {@code event},
 * names in backticks; an empty topic cell continues the topic above). A service page must list
 * every event of the topics architecture.md says it produces, and the events it says it consumes,
 * and nothing else. No page may name an event type (a past-tense name such as
 * {@code SessionFailed}) that is neither registered nor an in-process class of a service, or a topic
 * that does not exist; topics are read in the architecture page and the Events sections,
 * dead-letter topics ({@code <topic>.<consumer group>-dlt}) anywhere.
 */
class DocumentationTest {

	static final Path DOCS = Path.of("..", "docs");

	static final List<String> SERVICES = List.of("intent-service", "chatbot-service", "callback-service",
			"interaction-manager", "session-service");

	/** A name in several capitalised words, such as {@code AgentReserved}; events are those in the past tense. */
	private static final Pattern COMPOUND_NAME = Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\b");

	private static final Pattern REACHBACK_NAME = Pattern.compile("(?<![\\w.])reachback\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*");

	private static final Map<String, Class<? extends DomainEvent>> TYPES = new TreeMap<>(EventTypes.all());

	/**
	 * The classes of the services and the platform, by simple name: a page may name a service's
	 * in-process fact (such as {@code SessionEnded}), which never travels on Kafka.
	 */
	private static final Set<String> IN_PROCESS_TYPES = sourceClassNames();

	private final MarkdownPage architecture = MarkdownPage.read(DOCS.resolve("architecture.md"));

	private final ArchitectureTopics topics = ArchitectureTopics.read(architecture, SERVICES);

	private static Set<String> sourceClassNames() {
		try (Stream<Path> files = Files.walk(Path.of(".."))) {
			return files.filter(file -> file.toString().contains("/src/main/java/")
					&& !file.startsWith(Path.of("..", "events")) && file.toString().endsWith(".java"))
				.map(file -> file.getFileName().toString().replace(".java", ""))
				.collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Stream<String> services() {
		return SERVICES.stream();
	}

	@Test
	void theArchitectureTableHasOneRowPerTopic() {
		List<String> problems = new ArrayList<>();
		for (String topic : Topics.ALL) {
			int rows = topics.rowsOf(topic).size();
			if (rows != 1) {
				problems.add(architecture.name() + ": the topics table has " + rows + " rows for `" + topic
						+ "`, which is in Topics.ALL; it needs exactly one");
			}
		}
		topics.rows()
			.stream()
			.filter(row -> !Topics.ALL.contains(row.topic()))
			.forEach(row -> problems.add(architecture.name() + ": the topics table has a row for `" + row.topic()
					+ "`, which is not in Topics.ALL"));
		assertNoProblems(problems);
	}

	@Test
	void theArchitectureTableListsEveryEventInTheRowOfItsTopic() {
		List<String> problems = new ArrayList<>();
		TYPES.forEach((name, type) -> {
			String topic = Topics.of(type);
			if (topics.rowsOf(topic).stream().noneMatch(row -> row.events().contains(name))) {
				problems.add(architecture.name() + ": the topics table lacks `" + name + "` in the events of `" + topic
						+ "`, the topic it travels on (event types are written in backticks)");
			}
		});
		for (Row row : topics.rows()) {
			row.events()
				.forEach(name -> checkName(name, row.topic(),
						architecture.name() + ": the events of `" + row.topic() + "`", problems));
			row.consumers()
				.forEach((service, names) -> names.forEach(name -> checkName(name, row.topic(),
						architecture.name() + ": the events " + service + " consumes from `" + row.topic() + "`",
						problems)));
		}
		assertNoProblems(problems);
	}

	@ParameterizedTest
	@MethodSource("services")
	void aServicePageListsWhatItPublishes(String service) {
		Set<Listing> expected = new LinkedHashSet<>();
		topics.rows()
			.stream()
			.filter(row -> row.isProducedBy(service))
			.forEach(row -> expected.addAll(everyEventOf(row.topic())));
		compare(service, "Publishes", expected,
				listing -> "architecture.md names " + producerOf(listing.topic()) + " as the producer of `"
						+ listing.topic() + "`");
	}

	@ParameterizedTest
	@MethodSource("services")
	void aServicePageListsWhatItConsumes(String service) {
		Set<Listing> expected = new LinkedHashSet<>();
		for (Row row : topics.rows()) {
			List<String> names = row.consumers().get(service);
			if (names == null) {
				continue;
			}
			Set<Listing> everyEvent = everyEventOf(row.topic());
			names.stream()
				.map(name -> new Listing(row.topic(), name))
				.filter(everyEvent::contains)
				.forEach(expected::add);
			if (names.isEmpty()) {
				expected.addAll(everyEvent);
			}
		}
		compare(service, "Consumes", expected,
				listing -> "architecture.md does not say " + service + " consumes it");
	}

	@Test
	void noPageNamesAnEventTypeThatDoesNotExist() {
		List<String> problems = new ArrayList<>();
		for (MarkdownPage page : allPages()) {
			for (int i = 0; i < page.lines().size(); i++) {
				Matcher name = COMPOUND_NAME.matcher(page.lines().get(i));
				while (name.find()) {
					if (name.group().endsWith("ed") && !TYPES.containsKey(name.group())
							&& !IN_PROCESS_TYPES.contains(name.group())) {
						problems.add(page.name() + ", line " + (i + 1) + ": names event type `" + name.group()
								+ "`, which is neither registered in EventTypes nor a class of a service");
					}
				}
			}
		}
		assertNoProblems(problems);
	}

	@Test
	void noPageNamesATopicThatDoesNotExist() {
		List<String> problems = new ArrayList<>();
		for (MarkdownPage page : allPages()) {
			reachbackNames(page.text()).stream()
				.filter(name -> name.endsWith("-dlt"))
				.forEach(name -> checkDeadLetter(name, page.name(), problems));
		}
		List<MarkdownPage> topicPlaces = new ArrayList<>(List.of(architecture));
		SERVICES.forEach(service -> servicePage(service).section("Events").ifPresent(topicPlaces::add));
		for (MarkdownPage place : topicPlaces) {
			reachbackNames(place.text()).stream()
				.filter(name -> name.indexOf('.') == name.lastIndexOf('.') && !name.endsWith("-dlt"))
				.filter(name -> !Topics.ALL.contains(name))
				.forEach(name -> problems.add(place.name() + ": names topic `" + name
						+ "`, which is not in Topics.ALL"));
		}
		assertNoProblems(problems);
	}

	/** Compares what a page's Publishes or Consumes tables list with what architecture.md expects of it. */
	private void compare(String service, String direction, Set<Listing> expected,
			Function<Listing, String> whyUnexpected) {
		MarkdownPage page = servicePage(service);
		String verb = direction.toLowerCase();
		List<String> problems = new ArrayList<>();
		Optional<MarkdownPage> section = page.section("Events").flatMap(events -> events.section(direction));
		if (section.isEmpty()) {
			problems.add(page.name() + " has no `### " + direction + "` under `## Events`, to list the topics and event types "
					+ service + " " + verb);
			assertNoProblems(problems);
			return;
		}
		String where = section.get().name();
		Set<Listing> listed = Listing.readFrom(section.get(), problems);
		for (Listing listing : listed) {
			Class<? extends DomainEvent> type = TYPES.get(listing.event());
			if (!Topics.ALL.contains(listing.topic())) {
				problems.add(where + ": names topic `" + listing.topic() + "`, which is not in Topics.ALL");
			}
			else if (type == null) {
				problems.add(where + ": names event type `" + listing.event() + "`, which is not registered in EventTypes");
			}
			else if (!Topics.of(type).equals(listing.topic())) {
				problems.add(where + ": lists `" + listing.event() + "` under `" + listing.topic()
						+ "`, but it travels on `" + Topics.of(type) + "`");
			}
			else if (!expected.contains(listing)) {
				problems.add(where + ": lists `" + listing.event() + "` on `" + listing.topic() + "`, but "
						+ whyUnexpected.apply(listing));
			}
		}
		expected.stream()
			.filter(listing -> !listed.contains(listing))
			.forEach(listing -> problems.add(where + ": lacks `" + listing.event() + "` on `" + listing.topic()
					+ "`, which architecture.md says " + service + " " + verb));
		assertNoProblems(problems);
	}

	private void checkName(String name, String topic, String where, List<String> problems) {
		Class<? extends DomainEvent> type = TYPES.get(name);
		if (type == null) {
			problems.add(where + " name `" + name + "`, which is not registered in EventTypes");
		}
		else if (!Topics.of(type).equals(topic)) {
			problems.add(where + " name `" + name + "`, which travels on `" + Topics.of(type) + "`");
		}
	}

	private void checkDeadLetter(String name, String page, List<String> problems) {
		int dot = name.lastIndexOf('.');
		String topic = name.substring(0, dot);
		String group = name.substring(dot + 1, name.length() - "-dlt".length());
		if (!Topics.ALL.contains(topic)) {
			problems.add(page + ": names dead-letter topic `" + name
					+ "`, which is not <topic>.<consumer group>-dlt for a topic in Topics.ALL");
		}
		else if (!topics.consumersOf(topic).contains(group)) {
			problems.add(page + ": names dead-letter topic `" + name + "`, but architecture.md does not name " + group
					+ " as a consumer of `" + topic + "`");
		}
		else if (!Topics.deadLetter(topic, group).equals(name)) {
			problems.add(page + ": names dead-letter topic `" + name + "`, but Topics.deadLetter names it `"
					+ Topics.deadLetter(topic, group) + "`");
		}
	}

	private Set<Listing> everyEventOf(String topic) {
		Set<Listing> events = new LinkedHashSet<>();
		TYPES.entrySet()
			.stream()
			.filter(entry -> Topics.of(entry.getValue()).equals(topic))
			.map(entry -> new Listing(topic, entry.getKey()))
			.forEach(events::add);
		return events;
	}

	private String producerOf(String topic) {
		return topics.rowsOf(topic).stream().map(Row::producerCell).findFirst().orElse("no one");
	}

	private static List<String> reachbackNames(String text) {
		List<String> names = new ArrayList<>();
		Matcher name = REACHBACK_NAME.matcher(text);
		while (name.find()) {
			names.add(name.group());
		}
		return names;
	}

	private static MarkdownPage servicePage(String service) {
		return MarkdownPage.read(DOCS.resolve(service + ".md"));
	}

	private static List<MarkdownPage> allPages() {
		try (Stream<Path> files = Files.list(DOCS)) {
			List<MarkdownPage> pages = new ArrayList<>(files.filter(file -> file.toString().endsWith(".md"))
				.sorted()
				.map(MarkdownPage::read)
				.toList());
			pages.add(MarkdownPage.read(DOCS.resolveSibling("README.md")));
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void assertNoProblems(List<String> problems) {
		List<String> distinct = problems.stream().distinct().toList();
		assertThat(distinct)
			.withFailMessage(() -> "The documentation does not match the events module:\n  "
					+ String.join("\n  ", distinct))
			.isEmpty();
	}

}
