package org.reachback.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run called and what it was answered: a status histogram per operation, and every
 * violation, shown grouped by operation, check and status (30 groups at most) with its first case.
 */
public final class FuzzReport {

	private static final int GROUPS_SHOWN = 30;

	private final FuzzSettings settings;

	private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();

	private final Map<String, Long> slowestMillis = new TreeMap<>();

	private final List<Violation> violations = new ArrayList<>();

	FuzzReport(FuzzSettings settings) {
		this.settings = settings;
	}

	void record(Operation operation, int caseIndex, FuzzRequest request, Answer answer, long millis, List<String> failed) {
		statuses.computeIfAbsent(operation.name(), name -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
		slowestMillis.merge(operation.name(), millis, Math::max);
		for (String check : failed) {
			violations.add(new Violation(operation.name(), caseIndex, check, request.summary(), answer.status(),
					answer.contentType(), FuzzRequest.visible(answer.body(), 300)));
		}
	}

	public int cases() {
		return statuses.values().stream().flatMap(histogram -> histogram.values().stream()).mapToInt(Integer::intValue).sum();
	}

	/** How many answers had a 2xx status: requests that reached the operation's work, not only its refusals. */
	public int successes() {
		return statuses.values().stream().flatMap(histogram -> histogram.entrySet().stream())
			.filter(status -> status.getKey() >= 200 && status.getKey() < 300)
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	public List<Violation> violations() {
		return List.copyOf(violations);
	}

	/** One line per operation: its cases, its slowest answer and how many answered each status ({@code 0} for no answer). */
	public List<String> summary() {
		return statuses.entrySet().stream().map(operation -> String.format("%-60s %5d cases, slowest %5d ms:  %s",
				operation.getKey(), operation.getValue().values().stream().mapToInt(Integer::intValue).sum(),
				slowestMillis.get(operation.getKey()),
				operation.getValue().entrySet().stream().map(status -> status.getKey() + "×" + status.getValue())
					.collect(Collectors.joining(" ")))).toList();
	}

	public void assertNoViolations() {
		if (!violations.isEmpty()) {
			throw new AssertionError(describe());
		}
	}

	/**
	 * Asserts that some answers were successes, so that the run reached the operations' work and not
	 * only their refusals (credentials or known ids gone wrong would leave only 4xx). A run of one
	 * case, re-running a failure, need not succeed.
	 *
	 * @param what what a success shows, for the message
	 */
	public void assertSomeSucceeded(String what) {
		if (settings.onlyCase().isEmpty() && successes() == 0) {
			throw new AssertionError("None of " + cases() + " answers was a 2xx: no " + what);
		}
	}

	private String describe() {
		Map<String, List<Violation>> groups = new LinkedHashMap<>();
		violations.forEach(violation -> groups.computeIfAbsent(
				violation.operation() + " — " + violation.check() + " — " + violation.status(), key -> new ArrayList<>())
			.add(violation));
		StringBuilder text = new StringBuilder().append(violations.size()).append(" violations in ").append(cases())
			.append(" cases (seed ").append(settings.seed()).append("; run one case again with -Dreachback.fuzz.case=N), by check:\n");
		violations.stream().collect(Collectors.groupingBy(Violation::check, TreeMap::new, Collectors.counting()))
			.forEach((check, count) -> text.append("  ").append(count).append(" × ").append(check).append('\n'));
		text.append(groups.size()).append(" kinds (operation — check — status), each with its first case:\n");
		groups.entrySet().stream().limit(GROUPS_SHOWN).forEach(group -> text.append("  [").append(group.getValue().size())
			.append(" ×] ").append(group.getKey()).append("\n    ").append(group.getValue().get(0)).append('\n'));
		if (groups.size() > GROUPS_SHOWN) {
			text.append("  … and ").append(groups.size() - GROUPS_SHOWN).append(" more kinds\n");
		}
		return text.toString();
	}

}
