package org.reachback.session.voice;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SipSettingsTest {

	private static final SipSettings.Trunk UDP_TRUNK = new SipSettings.Trunk("127.0.0.1:5080", "udp", null, null);

	@Test
	void aCustomerIsCalledAsTheirNumberAtTheTrunkWithItsTransport() {
		assertThat(UDP_TRUNK.uriOf("+442079460958")).isEqualTo("sip:+442079460958@127.0.0.1:5080");
		assertThat(new SipSettings.Trunk("sbc.example.com:5060", "TCP", null, null).uriOf("+442079460958"))
			.isEqualTo("sip:+442079460958@sbc.example.com:5060;transport=tcp");
		assertThat(UDP_TRUNK.authenticates()).isFalse();
		assertThat(new SipSettings.Trunk("127.0.0.1:5080", "udp", "reachback", "secret").authenticates()).isTrue();
	}

	@Test
	void aPhoneMayRingAtMostThirtySecondsBecauseTheOtherOnesAnswerWaitsUnacknowledged() {
		assertThat(settings(Duration.ofSeconds(30), List.of("udp")).customerRingTimeout()).hasSeconds(30);
		assertThatThrownBy(() -> settings(Duration.ofSeconds(31), List.of("udp")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("customer-ring-timeout");
		assertThatThrownBy(() -> settings(Duration.ZERO, List.of("udp"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void itListensWhereItIsReachedUnlessToldOtherwise() {
		assertThat(settings(Duration.ofSeconds(25), List.of("udp")).listenAddress()).isEqualTo("127.0.0.1");
	}

	@Test
	void onlyUdpAndTcpAreTransports() {
		assertThat(settings(Duration.ofSeconds(25), List.of(" UDP", "tcp")).transports()).containsExactly("udp", "tcp");
		assertThatThrownBy(() -> settings(Duration.ofSeconds(25), List.of("tls")))
			.hasMessageContaining("reachback.sip.transports");
		assertThatThrownBy(() -> new SipSettings.Trunk("127.0.0.1:5080", "sctp", null, null))
			.hasMessageContaining("reachback.sip.trunk.transport");
	}

	private static SipSettings settings(Duration customerRing, List<String> transports) {
		return new SipSettings("127.0.0.1", null, 5060, transports, null, UDP_TRUNK, "reachback", Duration.ofSeconds(20),
				customerRing, new SipSettings.Rate(2, 5), 20);
	}

}
