package org.reachback.session.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class SessionChannelsTest {

	private final ChatChannel chat = new ChatChannel(null);

	private final SessionChannels channels = new SessionChannels(List.of(chat));

	@Test
	void chatIsTheOnlyChannelSupportedSoFar() {
		assertThat(channels.of(Channel.CHAT)).containsSame(chat);
		assertThat(channels.of(Channel.VOICE)).isEmpty();
		assertThat(channels.of(Channel.EXTERNAL)).isEmpty();
		assertThat(channels.of(null)).isEmpty();
	}

	@Test
	void theChatChannelConnectsAtOnceWhenThereIsAChatToJoin() {
		Session session = chat.connect(SessionTest.assignment(Channel.CHAT), Instant.now());

		assertThat(session.status()).isEqualTo(SessionStatus.CONNECTED);
	}

	@Test
	void theChatChannelFailsAnAssignmentWithoutAChat() {
		AgentAssigned noChat = new AgentAssigned(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				UUID.randomUUID(), "maria", "Maria", Channel.CHAT, null);

		Session session = chat.connect(noChat, Instant.now());

		assertThat(session.status()).isEqualTo(SessionStatus.FAILED);
		assertThat(session.failureReason()).isEqualTo(ChatChannel.NO_CHAT);
	}

}
