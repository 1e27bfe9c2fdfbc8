package org.reachback.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading labelled examples and splitting them for tuning. */
public final class Utterances {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** Two disjoint parts of one data set. */
	public record Split(List<Utterance> train, List<Utterance> heldOut) {
	}

	private Utterances() {
	}

	/** Reads JSON lines of {@code {"text": ..., "intent": ...}}; blank lines are skipped. */
	public static List<Utterance> readJsonLines(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			return readJsonLines(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/** As {@link #readJsonLines(Path)}; the caller closes the reader. */
	public static List<Utterance> readJsonLines(Reader reader) throws IOException {
		var lines = new BufferedReader(reader);
		var utterances = new ArrayList<Utterance>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (!line.isBlank()) {
				utterances.add(JSON.readValue(line, Utterance.class));
			}
		}
		return utterances;
	}

	/**
	 * Holds out about {@code fraction} of each intent's examples (at least one when the intent has
	 * two or more), chosen at random with {@code seed}; the rest keep their order.
	 */
	public static Split stratifiedSplit(List<Utterance> examples, double fraction, long seed) {
		Map<String, List<Integer>> byIntent = new LinkedHashMap<>();
		for (int i = 0; i < examples.size(); i++) {
			byIntent.computeIfAbsent(examples.get(i).intent(), intent -> new ArrayList<>()).add(i);
		}
		var random = new Random(seed);
		boolean[] heldOut = new boolean[examples.size()];
		for (List<Integer> indices : byIntent.values()) {
			Collections.shuffle(indices, random);
			int count = indices.size() < 2 ? 0 : Math.max(1, (int) Math.round(indices.size() * fraction));
			indices.subList(0, count).forEach(i -> heldOut[i] = true);
		}
		var train = new ArrayList<Utterance>();
		var held = new ArrayList<Utterance>();
		for (int i = 0; i < examples.size(); i++) {
			(heldOut[i] ? held : train).add(examples.get(i));
		}
		return new Split(List.copyOf(train), List.copyOf(held));
	}

	/**
	 * At most {@code count} in-scope examples of each intent, chosen at random with {@code seed},
	 * in their original order; out-of-scope examples are left out (a brand writes examples of what
	 * it does, not of everything else).
	 */
	public static List<Utterance> perIntent(List<Utterance> examples, int count, long seed) {
		if (count < 1) {
			throw new IllegalArgumentException("need at least one example per intent: " + count);
		}
		Map<String, List<Integer>> byIntent = new LinkedHashMap<>();
		for (int i = 0; i < examples.size(); i++) {
			if (!examples.get(i).isOutOfScope()) {
				byIntent.computeIfAbsent(examples.get(i).intent(), intent -> new ArrayList<>()).add(i);
			}
		}
		var random = new Random(seed);
		boolean[] kept = new boolean[examples.size()];
		for (List<Integer> indices : byIntent.values()) {
			Collections.shuffle(indices, random);
			indices.subList(0, Math.min(count, indices.size())).forEach(i -> kept[i] = true);
		}
		var chosen = new ArrayList<Utterance>();
		for (int i = 0; i < examples.size(); i++) {
			if (kept[i]) {
				chosen.add(examples.get(i));
			}
		}
		return List.copyOf(chosen);
	}
}
