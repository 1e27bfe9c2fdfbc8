package org.reachback.launcher;

/** The five services with their fixed local ports. */
public enum Service {

	INTENT("intent-service", 8080), CHATBOT("chatbot-service", 8081), CALLBACK("callback-service", 8082),
	INTERACTION("interaction-manager", 8083), SESSION("session-service", 8084);

	private final String module;

	private final int port;

	Service(String module, int port) {
		this.module = module;
		this.port = port;
	}

	public String module() {
		return module;
	}

	public int port() {
		return port;
	}

}
