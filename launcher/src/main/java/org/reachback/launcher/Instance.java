package org.reachback.launcher;

/**
 * One running copy of a service: the first ({@code index} 0) on the service's own ports, a second
 * on the same ports plus {@value #PORT_STEP} (HTTP 8180-8184, session-service's SIP 5160), when the
 * launcher starts two of each.
 */
public record Instance(Service service, int index) {

	/** How far a further instance's ports are from the one before. */
	public static final int PORT_STEP = 100;

	/** session-service's SIP port in its own configuration, which the first instance keeps. */
	private static final int SIP_PORT = 5060;

	public static Instance first(Service service) {
		return new Instance(service, 0);
	}

	/** Its HTTP port. */
	public int port() {
		return service.port() + index * PORT_STEP;
	}

	/** Its SIP port: session-service's only. */
	int sipPort() {
		return SIP_PORT + index * PORT_STEP;
	}

	/** The module's name, with the instance's number after the first: {@code intent-service-2}. */
	public String name() {
		return index == 0 ? service.module() : service.module() + "-" + (index + 1);
	}

}
