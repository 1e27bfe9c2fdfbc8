package org.reachback.session.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class SessionChannelsTest {

	private static final Duration NO_ANSWER_AFTER = Duration.ofSeconds(90);

	private final ChatChannel chat = new ChatChannel(null,
			new SessionSettings(new SessionSettings.Chat(NO_ANSWER_AFTER), 100));

	private final SessionChannels channels = new SessionChannels(List.of(chat));

	@Test
	void chatIsTheOnlyChannelSupportedSoFar() {
		assertThat(channels.of(Channel.CHAT)).containsSame(chat);
		assertThat(channels.of(Channel.VOICE)).isEmpty();
		assertThat(channels.of(Channel.EXTERNAL)).isEmpty();
		assertThat(channels.of(null)).isEmpty();
	}

	@Test
	void theChatChannelConnectsAtOnceAndWaitsForTheCustomersReply() {
		Instant joined = Instant.parse("2025-03-10T09:00:00Z");

		Session session = chat.connect(SessionTest.assignment(Channel.CHAT), joined);

		assertThat(session.status()).isEqualTo(SessionStatus.CONNECTED);
		assertThat(session.replyDueAt()).isEqualTo(joined.plus(NO_ANSWER_AFTER));
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
