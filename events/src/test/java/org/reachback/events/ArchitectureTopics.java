package org.reachback.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.reachback.events.MarkdownPage.Table;

import static org.assertj.core.api.Assertions.fail;

/**
 * The topics table of {@code docs/architecture.md} as the documentation tests read it: one row per
 * topic, with columns {@code topic}, {@code producer}, {@code events} and {@code consumers}. Event
 * types are written in backticks; a consumer is a service name followed by the events it acts on in
 * parentheses, or by nothing when it acts on every event of the topic.
 */
record ArchitectureTopics(List<Row> rows) {

	private static final Pattern LEADING_NAME = Pattern.compile("^[A-Z][A-Za-z0-9]*");

	/**
	 * @param consumers each consuming service and the events it acts on; an empty list means every
	 * event of the topic
	 */
	record Row(String topic, String producerCell, Set<String> producers, List<String> events,
			Map<String, List<String>> consumers) {

		boolean isProducedBy(String service) {
			return producers.contains(service);
		}

	}

	static ArchitectureTopics read(MarkdownPage architecture, List<String> services) {
		Table table = architecture.tables()
			.stream()
			.filter(candidate -> candidate.column("topic") >= 0 && candidate.column("producer") >= 0
					&& candidate.column("events") >= 0 && candidate.column("consumers") >= 0)
			.findFirst()
			.orElseGet(() -> fail(architecture.name()
					+ " has no table with the columns topic, producer, events and consumers"));
		Pattern service = Pattern.compile("(" + services.stream().map(Pattern::quote).collect(Collectors.joining("|"))
				+ ")(?:\\s*\\(([^)]*)\\))?");
		List<Row> rows = new ArrayList<>();
		for (List<String> cells : table.rows()) {
			String producerCell = Table.cell(cells, table.column("producer"));
			Set<String> producers = new LinkedHashSet<>();
			Matcher producer = service.matcher(producerCell);
			while (producer.find()) {
				producers.add(producer.group(1));
			}
			Map<String, List<String>> consumers = new LinkedHashMap<>();
			Matcher consumer = service.matcher(Table.cell(cells, table.column("consumers")));
			while (consumer.find()) {
				consumers.put(consumer.group(1), consumer.group(2) == null ? List.of() : namesIn(consumer.group(2)));
			}
			rows.add(new Row(Table.cell(cells, table.column("topic")).replace("`", "").trim(), producerCell, producers,
					namesIn(Table.cell(cells, table.column("events"))), consumers));
		}
		return new ArchitectureTopics(rows);
	}

	/** The names a text writes in backticks, each cut to its leading type name: {@code `OfferReleased(DECLINED)`}. */
	static List<String> namesIn(String text) {
		return MarkdownPage.backticked(text)
			.stream()
			.map(LEADING_NAME::matcher)
			.filter(Matcher::find)
			.map(Matcher::group)
			.toList();
	}

	List<Row> rowsOf(String topic) {
		return rows.stream().filter(row -> row.topic().equals(topic)).toList();
	}

	/** The services the table names as consumers of a topic. */
	Set<String> consumersOf(String topic) {
		return rowsOf(topic).stream()
			.flatMap(row -> row.consumers().keySet().stream())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
