package org.reachback.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A markdown page as the documentation tests read it: its sections by heading, its pipe tables and
 * the names it writes in backticks. Headings and tables inside fenced code blocks are not read as
 * such.
 */
final class MarkdownPage {

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

	private final String name;

	private final List<String> lines;

	private MarkdownPage(String name, List<String> lines) {
		this.name = name;
		this.lines = lines;
	}

	static MarkdownPage read(Path file) {
		try {
			return new MarkdownPage(file.getFileName().toString(), Files.readAllLines(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.toAbsolutePath().normalize(), ex);
		}
	}

	/** The file name, and for a section the headings that lead to it: {@code session-service.md › Events}. */
	String name() {
		return name;
	}

	String text() {
		return String.join("\n", lines);
	}

	List<String> lines() {
		return lines;
	}

	/**
	 * The lines under the first heading whose text starts with {@code title} (ignoring case), down to
	 * the next heading of the same or a higher level.
	 */
	Optional<MarkdownPage> section(String title) {
		boolean fenced = false;
		int start = -1;
		int level = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (isFence(line)) {
				fenced = !fenced;
				continue;
			}
			Matcher heading = fenced ? null : HEADING.matcher(line);
			if (heading == null || !heading.matches()) {
				continue;
			}
			int depth = heading.group(1).length();
			if (start >= 0 && depth <= level) {
				return Optional.of(subsection(heading(start), start + 1, i));
			}
			if (start < 0 && heading.group(2).toLowerCase().startsWith(title.toLowerCase())) {
				start = i;
				level = depth;
			}
		}
		return start < 0 ? Optional.empty() : Optional.of(subsection(heading(start), start + 1, lines.size()));
	}

	/** The pipe tables of this page, each with its header row. */
	List<Table> tables() {
		List<Table> tables = new ArrayList<>();
		List<String> block = new ArrayList<>();
		boolean fenced = false;
		for (String line : lines) {
			if (isFence(line)) {
				fenced = !fenced;
			}
			if (!fenced && line.trim().startsWith("|")) {
				block.add(line.trim());
				continue;
			}
			Table.of(block).ifPresent(tables::add);
			block.clear();
		}
		Table.of(block).ifPresent(tables::add);
		return tables;
	}

	/** What the text writes in backticks, in order. */
	static List<String> backticked(String text) {
		List<String> spans = new ArrayList<>();
		Matcher span = BACKTICKED.matcher(text);
		while (span.find()) {
			spans.add(span.group(1).trim());
		}
		return spans;
	}

	private String heading(int index) {
		Matcher heading = HEADING.matcher(lines.get(index));
		heading.matches();
		return heading.group(2);
	}

	private MarkdownPage subsection(String heading, int from, int to) {
		return new MarkdownPage(name + " › " + heading, lines.subList(from, to));
	}

	private static boolean isFence(String line) {
		String trimmed = line.trim();
		return trimmed.startsWith("```") || trimmed.startsWith("~~~");
	}

	/** A pipe table: a header row, a separator row, then rows of cells ({@code \|} is a pipe inside a cell). */
	record Table(List<String> header, List<List<String>> rows) {

		private static final Pattern SEPARATOR = Pattern.compile("^\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*:?-*:?\\s*$");

		static Optional<Table> of(List<String> block) {
			if (block.size() < 2 || !SEPARATOR.matcher(block.get(1)).matches()) {
				return Optional.empty();
			}
			List<List<String>> rows = block.stream().skip(2).map(Table::cells).toList();
			return Optional.of(new Table(cells(block.get(0)), rows));
		}

		/** The index of the first column whose header starts with {@code title} (ignoring case), or -1. */
		int column(String title) {
			for (int i = 0; i < header.size(); i++) {
				if (header.get(i).toLowerCase().startsWith(title.toLowerCase())) {
					return i;
				}
			}
			return -1;
		}

		static String cell(List<String> row, int column) {
			return column >= 0 && column < row.size() ? row.get(column) : "";
		}

		private static List<String> cells(String row) {
			String inner = row.replaceFirst("^\\|", "").replaceFirst("(?<!\\\\)\\|\\s*$", "");
			return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(cell -> cell.replace("\\|", "|").trim()).toList();
		}

	}

}
