package org.reachback.session.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackContext;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.dial.DialRequested.CallOrder;
import org.reachback.session.sessions.SessionSettings.QueueCalls;
import org.reachback.session.sessions.SessionSettings.QueueCalls.Dialler;

import static org.assertj.core.api.Assertions.assertThat;

class SessionChannelsTest {

	private static final Duration NO_ANSWER_AFTER = Duration.ofSeconds(90);

	private static final SessionSettings SETTINGS = new SessionSettings(new SessionSettings.Chat(NO_ANSWER_AFTER),
			new SessionSettings.Voice(new QueueCalls(CallOrder.AGENT_FIRST, Dialler.SIP),
					Map.of("tech-support", new QueueCalls(CallOrder.CUSTOMER_FIRST, Dialler.SIP), "orders",
							new QueueCalls(CallOrder.AGENT_FIRST, Dialler.EXTERNAL))),
			100);

	private final ChatChannel chat = new ChatChannel(null, SETTINGS);

	private final CallChannel calls = new CallChannel(SETTINGS, chat);

	private final SessionChannels channels = new SessionChannels(List.of(chat, calls));

	@Test
	void chatAndVoiceAreSupportedAndAnExternalDiallersSessionIsAVoiceOne() {
		assertThat(channels.of(Channel.CHAT)).containsSame(chat);
		assertThat(channels.of(Channel.VOICE)).containsSame(calls);
		assertThat(channels.of(Channel.EXTERNAL)).containsSame(calls);
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
				UUID.randomUUID(), "maria", "Maria", Channel.CHAT, null, null);

		Session session = chat.connect(noChat, Instant.now());

		assertThat(session.status()).isEqualTo(SessionStatus.FAILED);
		assertThat(session.failureReason()).isEqualTo(ChatChannel.NO_CHAT);
	}

	@Test
	void aVoiceAssignmentIsRecordedWithItsCallQueuedAgentFirstByDefault() {
		Instant at = Instant.parse("2025-03-10T09:00:00Z");

		Session session = calls.connect(SessionTest.assignment(Channel.VOICE), at);

		assertThat(session.status()).isEqualTo(SessionStatus.CONNECTING);
		assertThat(session.channel()).isEqualTo(Channel.VOICE);
		assertThat(session.call()).isEqualTo(
				new Call(Call.CallState.QUEUED, CallOrder.AGENT_FIRST, "sip:maria@127.0.0.1:5071", "+442079460958",
						null, null));
		assertThat(session.replyDueAt()).isNull();
	}

	@Test
	void aQueuesOptionsChooseTheOrderAndTheDialler() {
		Session customerFirst = calls.connect(inQueue("tech-support", "sip:maria@127.0.0.1:5071"), Instant.now());
		Session external = calls.connect(inQueue("orders", null), Instant.now());

		assertThat(customerFirst.call().order()).isEqualTo(CallOrder.CUSTOMER_FIRST);
		assertThat(customerFirst.channel()).isEqualTo(Channel.VOICE);
		assertThat(external.status()).isEqualTo(SessionStatus.CONNECTING);
		assertThat(external.channel()).isEqualTo(Channel.EXTERNAL);
	}

	@Test
	void aCallNeedsTheCustomersNumberAndOnSipTheAgentsPhone() {
		AgentAssigned withPhone = SessionTest.assignment(Channel.VOICE);
		AgentAssigned noNumber = new AgentAssigned(UUID.randomUUID(), Instant.now(), withPhone.callbackId(),
				withPhone.offerId(), "maria", "Maria", Channel.VOICE, withPhone.context().withPhone(null),
				withPhone.agentPhone());

		assertThat(calls.connect(noNumber, Instant.now()).failureReason()).isEqualTo(CallChannel.NO_NUMBER);
		assertThat(calls.connect(inQueue("billing", null), Instant.now()).failureReason())
			.isEqualTo(CallChannel.NO_AGENT_PHONE);
	}

	private static AgentAssigned inQueue(String queue, String agentPhone) {
		AgentAssigned assignment = SessionTest.assignment(Channel.VOICE);
		var context = assignment.context();
		return new AgentAssigned(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(), "maria",
				"Maria", Channel.VOICE,
				new CallbackContext(context.chatId(), context.brand(), queue, context.phone(),
						context.media(), context.customer(), context.intent(), context.handoverReason(),
						context.reason(), context.transcript()),
				agentPhone);
	}

}
