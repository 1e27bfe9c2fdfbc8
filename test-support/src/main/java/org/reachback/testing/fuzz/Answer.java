package org.reachback.testing.fuzz;

/**
 * What the service answered, or why nothing was answered.
 *
 * @param status the HTTP status, or 0 when no answer came
 * @param contentType the Content-Type header, empty when there is none
 * @param body the body as UTF-8 (empty for event streams, whose bodies are not read)
 * @param failure why no answer came (a timeout, a reset connection), or null
 */
record Answer(int status, String contentType, String body, String failure) {

	static Answer none(String failure) {
		return new Answer(0, "", "", failure);
	}

}
