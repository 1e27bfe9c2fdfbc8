package org.reachback.session.voice;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How session-service reaches the SIP network, under {@code reachback.sip}.
 *
 * @param host the address the user agent names in Via and Contact, where phones and the trunk reach it
 * @param listenAddress the address it binds to; none: {@code host} ({@code 0.0.0.0} in a container
 * whose address is not the one the phones reach)
 * @param port the port it listens on, for every transport
 * @param transports {@code udp} and/or {@code tcp}
 * @param outboundProxy every request goes through this proxy ({@code host:port/transport}, e.g. an
 * SBC or a PBX); none: requests go straight to the agent's phone and to the trunk
 * @param user the user part of the From address the phones see
 * @param agentRingTimeout how long the agent's phone may ring before the call is cancelled
 * @param customerRingTimeout how long the customer's phone may ring; at most 30 s, because the first
 * phone's answer waits unacknowledged while the second rings and SIP gives up on it after 32 s (64×T1)
 * @param maxConcurrentCalls calls set up or connected at once, at most
 */
@ConfigurationProperties("reachback.sip")
public record SipSettings(@DefaultValue("127.0.0.1") String host, String listenAddress,
		@DefaultValue("5060") int port,
		@DefaultValue({ "udp", "tcp" }) List<String> transports, String outboundProxy, @DefaultValue Trunk trunk,
		@DefaultValue("reachback") String user, @DefaultValue("20s") Duration agentRingTimeout,
		@DefaultValue("25s") Duration customerRingTimeout, @DefaultValue Rate rate,
		@DefaultValue("20") int maxConcurrentCalls) {

	/** The longest a phone may ring while the other one's answer waits for its acknowledgement. */
	static final Duration LONGEST_RING = Duration.ofSeconds(30);

	public SipSettings {
		listenAddress = listenAddress == null || listenAddress.isBlank() ? host : listenAddress.trim();
		transports = transports.stream().map(transport -> transport.trim().toLowerCase(Locale.ROOT)).toList();
		if (transports.isEmpty() || !List.of("udp", "tcp").containsAll(transports)) {
			throw new IllegalArgumentException("reachback.sip.transports must list udp and/or tcp, not " + transports);
		}
		requireRing("agent-ring-timeout", agentRingTimeout);
		requireRing("customer-ring-timeout", customerRingTimeout);
		if (maxConcurrentCalls < 1) {
			throw new IllegalArgumentException("reachback.sip.max-concurrent-calls must be at least 1");
		}
	}

	private static void requireRing(String name, Duration timeout) {
		if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(LONGEST_RING) > 0) {
			throw new IllegalArgumentException("reachback.sip." + name + " must be more than 0 and at most "
					+ LONGEST_RING.toSeconds() + "s, not " + timeout);
		}
	}

	/**
	 * The SIP trunk customers are called through, as {@code sip:<E.164>@<address>}.
	 *
	 * @param address {@code host:port} of the carrier's or the PBX's SIP interface
	 * @param transport {@code udp} or {@code tcp}
	 * @param username for digest authentication when the trunk (or proxy) challenges; none: no
	 * authentication
	 */
	public record Trunk(@DefaultValue("127.0.0.1:5080") String address, @DefaultValue("udp") String transport,
			String username, String password) {

		public Trunk {
			transport = transport.trim().toLowerCase(Locale.ROOT);
			if (!List.of("udp", "tcp").contains(transport)) {
				throw new IllegalArgumentException("reachback.sip.trunk.transport must be udp or tcp, not " + transport);
			}
		}

		/** The SIP URI of a number on this trunk. */
		String uriOf(String e164) {
			return "sip:" + e164 + "@" + address + (transport.equals("udp") ? "" : ";transport=" + transport);
		}

		boolean authenticates() {
			return username != null && !username.isBlank();
		}

	}

	/**
	 * The token bucket outbound dialling obeys, per trunk.
	 *
	 * @param callsPerSecond new calls per second, sustained
	 * @param burst new calls at once after a quiet spell
	 */
	public record Rate(@DefaultValue("2") int callsPerSecond, @DefaultValue("5") int burst) {

		public Rate {
			if (callsPerSecond < 1 || burst < 1) {
				throw new IllegalArgumentException("reachback.sip.rate needs calls-per-second and burst of at least 1");
			}
		}

	}

}
