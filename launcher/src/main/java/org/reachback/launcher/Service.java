package org.reachback.launcher;

/** The five services with their fixed local ports and their database schemas. */
public enum Service {

	INTENT("intent-service", 8080, "intent"), CHATBOT("chatbot-service", 8081, "chatbot"),
	CALLBACK("callback-service", 8082, "callback"), INTERACTION("interaction-manager", 8083, "interaction"),
	SESSION("session-service", 8084, "session");

	private final String module;

	private final int port;

	private final String schema;

	Service(String module, int port, String schema) {
		this.module = module;
		this.port = port;
		this.schema = schema;
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
