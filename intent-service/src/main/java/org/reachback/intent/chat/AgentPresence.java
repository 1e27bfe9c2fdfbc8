package org.reachback.intent.chat;

import java.util.UUID;

import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.session.AgentMessaged;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.intent.transcript.NewEntry;
import org.reachback.intent.transcript.Transcript;
import org.reachback.platform.messaging.Inbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows agents into and out of chats. Only a chat-channel session puts the agent in the chat
 * (and the customer's messages go to them from then on); a call (a voice session, or one an
 * external platform placed) leaves the chat to the bot and is told in it in one line, besides the
 * callback status entries.
 */
@Service
public class AgentPresence {

	static final String CONSUMER = "intent-service.sessions";

	private final Inbox inbox;

	private final ChatRepository chats;

	private final Transcript transcript;

	AgentPresence(Inbox inbox, ChatRepository chats, Transcript transcript) {
		this.inbox = inbox;
		this.chats = chats;
		this.transcript = transcript;
	}

	@Transactional
	public void joined(SessionConnected event) {
		if (!inbox.firstDelivery(CONSUMER, event)) {
			return;
		}
		String agent = agentName(event.agentName(), event.agentId());
		chats.lock(event.chatId()).ifPresent(chat -> {
			if (event.channel() == Channel.CHAT) {
				chats.agentJoined(chat.chatId(), event.sessionId(), event.callbackId(), agent);
				transcript.append(chat.chatId(), NewEntry.agentJoined(agent));
			}
			else {
				transcript.append(chat.chatId(), NewEntry.onThePhone(agent));
			}
		});
	}

	@Transactional
	public void messaged(AgentMessaged event) {
		if (inbox.firstDelivery(CONSUMER, event)) {
			transcript.append(event.chatId(),
					NewEntry.message(Speaker.AGENT, agentName(event.agentName(), event.agentId()), event.text()));
		}
	}

	@Transactional
	public void left(SessionCompleted event) {
		if (!inbox.firstDelivery(CONSUMER, event)) {
			return;
		}
		chats.lock(event.chatId())
			.filter(chat -> event.sessionId().equals(chat.agentSessionId()))
			.ifPresent(chat -> {
				chats.agentLeft(chat.chatId());
				transcript.append(chat.chatId(), NewEntry.agentLeft(chat.agentName()));
			});
	}

	/**
	 * The attempt of this callback ended without a conversation (no answer, a retry, expiry): the
	 * agent it brought into the chat has left, and the customer's messages go to the bot again.
	 * Part of the caller's transaction; nothing happens if another agent, or none, is in the chat.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void attemptEnded(UUID chatId, UUID callbackId) {
		chats.lock(chatId).filter(chat -> callbackId.equals(chat.agentCallbackId())).ifPresent(chat -> {
			chats.agentLeft(chat.chatId());
			transcript.append(chat.chatId(), NewEntry.agentLeft(chat.agentName()));
		});
	}

	private static String agentName(String name, String id) {
		return name == null || name.isBlank() ? id : name;
	}

}
