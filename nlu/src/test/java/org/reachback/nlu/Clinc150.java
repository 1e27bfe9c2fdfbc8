package org.reachback.nlu;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The CLINC150 train and validation splits, kept as test resources (Larson et al. 2019, CC BY 3.0;
 * see {@code clinc150/README.md} beside them).
 */
public final class Clinc150 {

	private Clinc150() {
	}

	public static List<Utterance> train() {
		return read("train.jsonl");
	}

	public static List<Utterance> validation() {
		return read("val.jsonl");
	}

	private static List<Utterance> read(String split) {
		try (Reader reader = new InputStreamReader(
				Objects.requireNonNull(Clinc150.class.getResourceAsStream("/clinc150/" + split), split),
				StandardCharsets.UTF_8)) {
			return Utterances.readJsonLines(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
