package org.reachback.nlu;

import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SoftmaxModel} by single-example stochastic gradient descent on the L2-regularised
 * cross-entropy, with a learning rate decaying linearly to zero. The L2 shrinkage is applied lazily
 * through a common scale factor, so each step costs only the example's non-zero features times the
 * number of classes. Deterministic for a given seed and example order.
 */
final class SoftmaxTrainer {

	record Options(int epochs, double learningRate, double l2, long seed) {
		static Options standard() {
			return new Options(12, 0.8, 1e-6, 42);
		}
	}

	private SoftmaxTrainer() {
	}

	static SoftmaxModel train(List<SparseVector> examples, int[] labels, int classes, int dimensions, Options options) {
		float[] weights = new float[dimensions * classes];
		float[] bias = new float[classes];
		int[] order = new int[examples.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		var random = new Random(options.seed());
		long steps = (long) options.epochs() * order.length;
		long step = 0;
		double scale = 1;
		for (int epoch = 0; epoch < options.epochs(); epoch++) {
			shuffle(order, random);
			for (int index : order) {
				double rate = options.learningRate() * (1 - (double) step++ / steps);
				scale *= 1 - rate * options.l2();
				double[] gradient = gradient(examples.get(index), labels[index], weights, bias, scale);
				update(examples.get(index), gradient, rate, scale, weights, bias);
				if (scale < 1e-3) {
					rescale(weights, scale);
					scale = 1;
				}
			}
		}
		rescale(weights, scale);
		return new SoftmaxModel(weights, bias);
	}

	/** Softmax probabilities minus the one-hot label: the cross-entropy gradient per logit. */
	private static double[] gradient(SparseVector x, int label, float[] weights, float[] bias, double scale) {
		int classes = bias.length;
		double[] logits = new double[classes];
		int[] columns = x.columns();
		float[] values = x.values();
		for (int i = 0; i < columns.length; i++) {
			int row = columns[i] * classes;
			for (int k = 0; k < classes; k++) {
				logits[k] += values[i] * weights[row + k];
			}
		}
		for (int k = 0; k < classes; k++) {
			logits[k] = logits[k] * scale + bias[k];
		}
		double[] gradient = SoftmaxModel.probabilities(logits, 1);
		gradient[label] -= 1;
		return gradient;
	}

	private static void update(SparseVector x, double[] gradient, double rate, double scale, float[] weights,
			float[] bias) {
		int classes = bias.length;
		int[] columns = x.columns();
		float[] values = x.values();
		for (int i = 0; i < columns.length; i++) {
			int row = columns[i] * classes;
			double step = rate * values[i] / scale;
			for (int k = 0; k < classes; k++) {
				weights[row + k] -= (float) (step * gradient[k]);
			}
		}
		for (int k = 0; k < classes; k++) {
			bias[k] -= (float) (rate * gradient[k]);
		}
	}

	private static void rescale(float[] weights, double scale) {
		for (int i = 0; i < weights.length; i++) {
			weights[i] *= (float) scale;
		}
	}

	private static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
	}
}
