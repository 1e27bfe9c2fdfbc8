package org.reachback.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores of predicted labels against gold labels, the CLINC150 way: in-scope accuracy counts an
 * out-of-scope prediction of an in-scope message as wrong; the out-of-scope figures are
 * {@code null} when no gold label is out of scope; macro-F1 averages over every gold label,
 * out-of-scope included.
 */
record Metrics(double inScopeAccuracy, Double oosRecall, Double oosPrecision, double macroF1) {

	static Metrics of(List<String> gold, List<String> predicted) {
		int inScope = 0;
		int inScopeRight = 0;
		Map<String, int[]> counts = new HashMap<>(); // true positives, gold count, predicted count
		for (int i = 0; i < gold.size(); i++) {
			String g = gold.get(i);
			String p = predicted.get(i);
			if (!Utterance.OUT_OF_SCOPE.equals(g)) {
				inScope++;
				inScopeRight += g.equals(p) ? 1 : 0;
			}
			counts.computeIfAbsent(g, label -> new int[3])[1]++;
			counts.computeIfAbsent(p, label -> new int[3])[2]++;
			if (g.equals(p)) {
				counts.get(g)[0]++;
			}
		}
		int[] oos = counts.get(Utterance.OUT_OF_SCOPE);
		boolean hasOos = oos != null && oos[1] > 0;
		return new Metrics(inScope == 0 ? 0 : (double) inScopeRight / inScope,
				hasOos ? (double) oos[0] / oos[1] : null,
				hasOos ? (oos[2] == 0 ? 0.0 : (double) oos[0] / oos[2]) : null,
				macroF1(new TreeSet<>(gold), counts));
	}

	private static double macroF1(TreeSet<String> labels, Map<String, int[]> counts) {
		double sum = 0;
		for (String label : labels) {
			int[] c = counts.get(label);
			sum += c[0] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
		}
		return labels.isEmpty() ? 0 : sum / labels.size();
	}
}
