package org.reachback.launcher;

/** The five services with their fixed local ports, database schemas and heap sizes. */
public enum Service {

	/** Each open event stream holds about 135 KiB; 384 MiB ran out with 2,000 streams and 1,000 more chats. */
	INTENT("intent-service", 8080, "intent", "512m"),
	/** Its time-expression parser (Hawking) keeps about 190 MB of models on the heap. */
	CHATBOT("chatbot-service", 8081, "chatbot", "640m"),
	CALLBACK("callback-service", 8082, "callback", "384m"),
	INTERACTION("interaction-manager", 8083, "interaction", "384m"),
	SESSION("session-service", 8084, "session", "384m");

	private final String module;

	private final int port;

	private final String schema;

	private final String maxHeap;

	Service(String module, int port, String schema, String maxHeap) {
		this.module = module;
		this.port = port;
		this.schema = schema;
		this.maxHeap = maxHeap;
	}

	/** The JVM's {@code -Xmx} for the local run. */
	public String maxHeap() {
		return maxHeap;
	}

	/** The service's own schema, and the database role it connects as, which owns it. */
	public String schema() {
		return schema;
	}

	public String module() {
		return module;
	}

	public int port() {
		return port;
	}

}
