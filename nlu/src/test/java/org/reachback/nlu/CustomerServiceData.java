package org.reachback.nlu;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-written customer-service examples in src/test/resources/customer-service. */
final class CustomerServiceData {

	private CustomerServiceData() {
	}

	/** Eleven intents, twelve examples each, no out-of-scope examples. */
	static List<Utterance> train() {
		return read("train.jsonl");
	}

	/** Differently phrased messages for the same intents, plus ten out-of-scope ones. */
	static List<Utterance> test() {
		return read("test.jsonl");
	}

	private static List<Utterance> read(String name) {
		var stream = CustomerServiceData.class.getResourceAsStream("/customer-service/" + name);
		try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			return Utterances.readJsonLines(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
