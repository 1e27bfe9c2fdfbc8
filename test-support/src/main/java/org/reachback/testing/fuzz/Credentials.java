package org.reachback.testing.fuzz;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Who calls an operation: the {@code Authorization} header of one request, or null for none. The
 * fuzzer asks for every request, so a strategy may answer differently per operation, per path value
 * (a chat's own token for its chat id) or at random, to exercise 401 and 403 as well.
 */
@FunctionalInterface
public interface Credentials {

	/**
	 * @param pathValues the path parameters' values, by name, as the request carries them (decoded
	 * for values the fuzzer drew, in wire form for hostile ones)
	 * @param random the case's random source, so that a choice made here is repeated with the seed
	 */
	String authorization(Operation operation, Map<String, String> pathValues, SplittableRandom random);

	static Credentials none() {
		return (operation, pathValues, random) -> null;
	}

	static Credentials always(String authorization) {
		return (operation, pathValues, random) -> authorization;
	}

	/** These credentials four requests in five; otherwise none, wrong or malformed ones. */
	default Credentials sometimesWrong() {
		return (operation, pathValues, random) -> random.nextInt(5) == 0 ? Hostile.authorization(random)
				: authorization(operation, pathValues, random);
	}

}
