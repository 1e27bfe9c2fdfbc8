package org.reachback.nlu;

/** Multinomial logistic regression weights: one row of class weights per feature column. Immutable. */
final class SoftmaxModel {

	private final float[] weights;
	private final float[] bias;
	private final int classes;

	SoftmaxModel(float[] weights, float[] bias) {
		this.weights = weights;
		this.bias = bias;
		this.classes = bias.length;
	}

	int classes() {
		return classes;
	}

	double[] logits(SparseVector x) {
		double[] logits = new double[classes];
		for (int k = 0; k < classes; k++) {
			logits[k] = bias[k];
		}
		int[] columns = x.columns();
		float[] values = x.values();
		for (int i = 0; i < columns.length; i++) {
			int row = columns[i] * classes;
			float value = values[i];
			for (int k = 0; k < classes; k++) {
				logits[k] += value * weights[row + k];
			}
		}
		return logits;
	}

	long memoryBytes() {
		return (weights.length + bias.length) * (long) Float.BYTES;
	}

	/** Softmax of {@code logits / temperature}, computed stably. */
	static double[] probabilities(double[] logits, double temperature) {
		double max = Double.NEGATIVE_INFINITY;
		for (double logit : logits) {
			max = Math.max(max, logit);
		}
		double[] p = new double[logits.length];
		double sum = 0;
		for (int k = 0; k < logits.length; k++) {
			p[k] = Math.exp((logits[k] - max) / temperature);
			sum += p[k];
		}
		for (int k = 0; k < p.length; k++) {
			p[k] /= sum;
		}
		return p;
	}
}
