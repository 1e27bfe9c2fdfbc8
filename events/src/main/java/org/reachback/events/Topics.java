package org.reachback.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reachback.events.agent.AgentEvent;
import org.reachback.events.assignment.AssignmentEvent;
import org.reachback.events.bot.BotEvent;
import org.reachback.events.callback.CallbackEvent;
import org.reachback.events.chat.ChatEvent;
import org.reachback.events.dial.DialEvent;
import org.reachback.events.dial.DialProgressEvent;
import org.reachback.events.privacy.ErasedEvent;
import org.reachback.events.privacy.ErasureEvent;
import org.reachback.events.queue.QueueEvent;
import org.reachback.events.session.SessionEvent;

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

	/** Agent state and rosters, from a contact-centre platform, a WFM system or the agent API, keyed by agent id. */
	public static final String AGENT = "reachback.agent";

	/** Contact-centre queue traffic from a platform, keyed by queue name. */
	public static final String QUEUE = "reachback.queue";

	/** Agent reservations and assignments for callbacks (interaction-manager), keyed by callback id. */
	public static final String ASSIGNMENT = "reachback.assignment";

	/** Callback sessions (session-service), keyed by session id. */
	public static final String SESSION = "reachback.session";

	/** Calls handed to a contact centre's own dialler (session-service), keyed by session id. */
	public static final String DIAL = "reachback.dial";

	/** Progress of those calls, from the contact centre's dialler, keyed by session id. */
	public static final String DIAL_PROGRESS = "reachback.dial.progress";

	/** Erasures of customers' personal data, asked by intent-service of every service, keyed by erasure id. */
	public static final String ERASURE = "reachback.privacy.erasure";

	/** Each service's confirmation that it has erased, for intent-service, keyed by erasure id. */
	public static final String ERASED = "reachback.privacy.erased";

	public static final List<String> ALL = List.of(CHAT, BOT, CALLBACK, AGENT, QUEUE, ASSIGNMENT, SESSION, DIAL,
			DIAL_PROGRESS, ERASURE, ERASED);

	/** Each aggregate's events (its sealed interface) and the topic they travel on. */
	private static final Map<Class<? extends DomainEvent>, String> BY_AGGREGATE = new LinkedHashMap<>();

	static {
		BY_AGGREGATE.put(ChatEvent.class, CHAT);
		BY_AGGREGATE.put(BotEvent.class, BOT);
		BY_AGGREGATE.put(CallbackEvent.class, CALLBACK);
		BY_AGGREGATE.put(AgentEvent.class, AGENT);
		BY_AGGREGATE.put(QueueEvent.class, QUEUE);
		BY_AGGREGATE.put(AssignmentEvent.class, ASSIGNMENT);
		BY_AGGREGATE.put(SessionEvent.class, SESSION);
		BY_AGGREGATE.put(DialEvent.class, DIAL);
		BY_AGGREGATE.put(DialProgressEvent.class, DIAL_PROGRESS);
		BY_AGGREGATE.put(ErasureEvent.class, ERASURE);
		BY_AGGREGATE.put(ErasedEvent.class, ERASED);
	}

	private Topics() {
	}

	/**
	 * The topic an event type travels on: the topic of its aggregate.
	 * @throws IllegalArgumentException for a type that belongs to no aggregate's events
	 */
	public static String of(Class<? extends DomainEvent> type) {
		return BY_AGGREGATE.entrySet()
			.stream()
			.filter(aggregate -> aggregate.getKey().isAssignableFrom(type))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					type.getName() + " belongs to no aggregate's events, so it has no topic"));
	}

	public static String deadLetter(String topic, String consumerGroup) {
		return topic + "." + consumerGroup + "-dlt";
	}

}
