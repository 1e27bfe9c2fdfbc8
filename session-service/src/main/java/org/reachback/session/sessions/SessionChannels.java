package org.reachback.session.sessions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reachback.events.assignment.AgentAssigned.Channel;
import org.springframework.stereotype.Component;

/** The channels this service can perform sessions on, one {@link SessionChannel} bean per type. */
@Component
class SessionChannels {

	static final String NOT_SUPPORTED = "channel not supported yet";

	private final Map<Channel, SessionChannel> byType = new EnumMap<>(Channel.class);

	SessionChannels(List<SessionChannel> channels) {
		channels.forEach(channel -> byType.put(channel.type(), channel));
	}

	/**
	 * @return the channel of that type, empty for a channel not supported yet or none at all; a
	 * session on {@code EXTERNAL} is a voice session whose call an external dialler places
	 */
	Optional<SessionChannel> of(Channel type) {
		if (type == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(byType.get(type == Channel.EXTERNAL ? Channel.VOICE : type));
	}

}
