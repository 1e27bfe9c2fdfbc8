package org.reachback.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.reachback.events.MarkdownPage.Table;

/** An event type that a service page lists, in its Publishes or Consumes tables, on a topic. */
record Listing(String topic, String event) {

	/**
	 * The listings of the tables with columns {@code topic} and {@code event} in a section; an empty
	 * topic cell continues the topic of the row above.
	 * @param problems where a section without such a table, or a row without a topic, is reported
	 */
	static Set<Listing> readFrom(MarkdownPage section, List<String> problems) {
		Set<Listing> listed = new LinkedHashSet<>();
		List<Table> tables = section.tables()
			.stream()
			.filter(table -> table.column("topic") >= 0 && table.column("event") >= 0)
			.toList();
		if (tables.isEmpty()) {
			problems.add(section.name() + " has no table with the columns topic and event");
		}
		for (Table table : tables) {
			String topic = null;
			for (List<String> row : table.rows()) {
				String topicCell = Table.cell(row, table.column("topic")).replace("`", "").trim();
				topic = topicCell.isEmpty() ? topic : topicCell;
				List<String> events = ArchitectureTopics.namesIn(Table.cell(row, table.column("event")));
				if (topic == null) {
					problems.add(section.name() + ": the row of " + events + " names no topic");
					continue;
				}
				for (String event : events) {
					listed.add(new Listing(topic, event));
				}
			}
		}
		return listed;
	}

}
