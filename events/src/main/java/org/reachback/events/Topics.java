package org.reachback.events;

import java.util.List;

/**
 * The one place topic names live. One topic per aggregate, keyed by the aggregate's id.
 * Dead letters of a consumer go to {@code <topic>.<consumer group>-dlt}.
 */
public final class Topics {

	/** Chat sessions (intent-service), keyed by chat id. */
	public static final String CHAT = "reachback.chat";

	/** Bot conversations (chatbot-service), keyed by chat id. */
	public static final String BOT = "reachback.bot";

	/** Callback lifecycle (callback-service), keyed by callback id. */
	public static final String CALLBACK = "reachback.callback";

	/** Agent state, from a contact-centre platform or the agent API, keyed by agent id. */
	public static final String AGENT = "reachback.agent";

	/** Contact-centre queue traffic from a platform, keyed by queue name. */
	public static final String QUEUE = "reachback.queue";

	/** Agent reservations and assignments for callbacks (interaction-manager), keyed by callback id. */
	public static final String ASSIGNMENT = "reachback.assignment";

	/** Callback sessions (session-service), keyed by session id. */
	public static final String SESSION = "reachback.session";

	public static final List<String> ALL = List.of(CHAT, BOT, CALLBACK, AGENT, QUEUE, ASSIGNMENT, SESSION);

	private Topics() {
	}

	public static String deadLetter(String topic, String consumerGroup) {
		return topic + "." + consumerGroup + "-dlt";
	}

}
