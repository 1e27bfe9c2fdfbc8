package org.reachback.testing.fuzz;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Values known to be valid, by parameter or body property name: ids of things that exist (a chat
 * id, an agent id), or words the schema cannot say (a time zone). The fuzzer draws most valid values
 * of that name from them, so that requests reach deep code and not only a 404; boundary and hostile
 * values still replace them in the cases that call for those.
 */
public final class KnownValues {

	private final Map<String, List<String>> byName;

	private final Set<String> exclusive;

	private KnownValues(Map<String, List<String>> byName, Set<String> exclusive) {
		this.byName = byName;
		this.exclusive = exclusive;
	}

	public static KnownValues none() {
		return new KnownValues(Map.of(), Set.of());
	}

	/** These values and {@code values} for {@code name}, used for three valid values in four (the rest are drawn from the schema). */
	public KnownValues with(String name, String... values) {
		Map<String, List<String>> more = new LinkedHashMap<>(byName);
		more.merge(name, List.of(values), (known, added) -> Stream.concat(known.stream(), added.stream()).toList());
		return new KnownValues(Map.copyOf(more), exclusive);
	}

	/**
	 * {@code values} as every valid value of {@code name}: for values a test must keep apart from other
	 * tests' (a phone number that other tests' callbacks use) or that the schema's own example must not stand in for.
	 */
	public KnownValues only(String name, String... values) {
		Set<String> only = new HashSet<>(exclusive);
		only.add(name);
		return new KnownValues(with(name, values).byName, Set.copyOf(only));
	}

	/** The values known for {@code name}, empty when none are. */
	List<String> of(String name) {
		return byName.getOrDefault(name, List.of());
	}

	boolean exclusive(String name) {
		return exclusive.contains(name);
	}

}
