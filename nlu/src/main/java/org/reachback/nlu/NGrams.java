package org.reachback.nlu;

import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a message into hashed n-gram keys: word unigrams and bigrams, and character 3- to 5-grams
 * of each word padded with a space on both sides. Keys are never 0; a key's lowest bit says its
 * kind (0 word, 1 character), so that the two kinds can be weighted apart. A message yields each
 * occurrence, so repeated n-grams repeat.
 */
final class NGrams {

	private static final int MIN_CHARS = 3;
	private static final int MAX_CHARS = 5;
	private static final long WORD_SEED = 0x9E3779B97F4A7C15L;
	private static final long CHAR_SEED = 0xC2B2AE3D27D4EB4FL;

	private NGrams() {
	}

	static boolean isCharKey(long key) {
		return (key & 1) == 1;
	}

	static long[] keys(String text) {
		String[] words = words(text);
		var out = new LongBuffer(words.length * 24 + 4);
		long previous = 0;
		for (String word : words) {
			long hash = hash(word, 0, word.length(), WORD_SEED);
			out.add(wordKey(hash));
			if (previous != 0) {
				out.add(wordKey(mix(previous * 31 + hash)));
			}
			previous = hash;
			addCharGrams(" " + word + " ", out);
		}
		return out.toArray();
	}

	/** Lower-cased words of letters and digits; apostrophes are dropped, anything else splits. */
	static String[] words(String text) {
		var normal = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				normal.append(c);
			} else if (c != '\'' && c != '\u2019') {
				normal.append(' ');
			}
		}
		String trimmed = normal.toString().toLowerCase(Locale.ROOT).trim();
		return trimmed.isEmpty() ? new String[0] : trimmed.split(" +");
	}

	private static void addCharGrams(String padded, LongBuffer out) {
		for (int n = MIN_CHARS; n <= MAX_CHARS; n++) {
			for (int start = 0; start + n <= padded.length(); start++) {
				out.add(charKey(hash(padded, start, start + n, CHAR_SEED)));
			}
		}
	}

	private static long wordKey(long hash) {
		long key = hash & ~1L;
		return key == 0 ? 2 : key;
	}

	private static long charKey(long hash) {
		return hash | 1L;
	}

	/** FNV-1a over the chars, finished by a 64-bit mixer. */
	private static long hash(String s, int from, int to, long seed) {
		long h = 0xcbf29ce484222325L ^ seed;
		for (int i = from; i < to; i++) {
			h ^= s.charAt(i);
			h *= 0x100000001b3L;
		}
		return mix(h);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return z ^ (z >>> 33);
	}

	private static final class LongBuffer {
		private long[] values;
		private int size;

		LongBuffer(int capacity) {
			values = new long[capacity];
		}

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
