package org.reachback.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.reachback.events.agent.AgentShiftsChanged;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.assignment.SlotRefused;
import org.reachback.events.bot.BotReplied;
import org.reachback.events.bot.CallbackChangeRequested;
import org.reachback.events.bot.CallbackOffered;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackAgentReleased;
import org.reachback.events.callback.CallbackAgentReserved;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackCompleted;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackExpired;
import org.reachback.events.callback.CallbackFailed;
import org.reachback.events.callback.CallbackInProgress;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackRescheduleRefused;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.events.chat.CallbackRescheduleRequested;
import org.reachback.events.chat.ChatStarted;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.chat.PromptAnswered;
import org.reachback.events.dial.DialProgressed;
import org.reachback.events.dial.DialRequested;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.events.queue.InteractionAbandoned;
import org.reachback.events.queue.InteractionAnswered;
import org.reachback.events.queue.InteractionQueued;
import org.reachback.events.session.AgentCallMissed;
import org.reachback.events.session.AgentMessaged;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.events.session.SessionFailed;

/**
 * The registry of event type names and their current schema versions. A type's name is the
 * contract; the record that carries it may move or be renamed without breaking a consumer.
 */
public final class EventTypes {

	private static final Map<String, Class<? extends DomainEvent>> BY_NAME = new LinkedHashMap<>();

	private static final Map<Class<? extends DomainEvent>, String> BY_CLASS = new LinkedHashMap<>();

	static {
		register("ChatStarted", ChatStarted.class);
		register("CustomerMessaged", CustomerMessaged.class);
		register("PromptAnswered", PromptAnswered.class);
		register("CallbackCancellationRequested", CallbackCancellationRequested.class);
		register("BotReplied", BotReplied.class);
		register("CallbackOffered", CallbackOffered.class);
		register("CallbackRequested", CallbackRequested.class);
		register("CallbackChangeRequested", CallbackChangeRequested.class);
		register("CallbackScheduled", CallbackScheduled.class);
		register("CallbackRejected", CallbackRejected.class);
		register("CallbackDue", CallbackDue.class);
		register("CallbackAgentReserved", CallbackAgentReserved.class);
		register("CallbackAgentReleased", CallbackAgentReleased.class);
		register("CallbackInProgress", CallbackInProgress.class);
		register("CallbackCompleted", CallbackCompleted.class);
		register("CallbackCancelled", CallbackCancelled.class);
		register("CallbackFailed", CallbackFailed.class);
		register("CallbackExpired", CallbackExpired.class);
		register("CallbackSlotRequested", CallbackSlotRequested.class);
		register("CallbackRetryScheduled", CallbackRetryScheduled.class);
		register("CallbackRescheduleRefused", CallbackRescheduleRefused.class);
		register("CallbackRescheduleRequested", CallbackRescheduleRequested.class);
		register("AgentShiftsChanged", AgentShiftsChanged.class);
		register("SlotBooked", SlotBooked.class);
		register("SlotRefused", SlotRefused.class);
		register("AgentStateChanged", AgentStateChanged.class);
		register("InteractionQueued", InteractionQueued.class);
		register("InteractionAnswered", InteractionAnswered.class);
		register("InteractionAbandoned", InteractionAbandoned.class);
		register("AgentReserved", AgentReserved.class);
		register("AgentAssigned", AgentAssigned.class);
		register("OfferReleased", OfferReleased.class);
		register("SessionConnected", SessionConnected.class);
		register("AgentMessaged", AgentMessaged.class);
		register("SessionCompleted", SessionCompleted.class);
		register("SessionFailed", SessionFailed.class);
		register("AgentCallMissed", AgentCallMissed.class);
		register("DialRequested", DialRequested.class);
		register("DialProgressed", DialProgressed.class);
		register("PersonalDataErasureRequested", PersonalDataErasureRequested.class);
		register("PersonalDataErased", PersonalDataErased.class);
	}

	/**
	 * The major schema version this code writes and reads, the same for every type today. Additive
	 * changes (a new optional field) keep the major version: older readers ignore what they do not
	 * know. Only a change that old readers would misread raises it, and a reader refuses a major
	 * version newer than its own instead of half-reading it. The header may carry a minor part
	 * ({@code 1.2}), which is always readable.
	 */
	public static final int CURRENT_VERSION = 1;

	private EventTypes() {
	}

	private static void register(String name, Class<? extends DomainEvent> type) {
		BY_NAME.put(name, type);
		BY_CLASS.put(type, name);
	}

	public static String nameOf(DomainEvent event) {
		String name = BY_CLASS.get(event.getClass());
		if (name == null) {
			throw new IllegalArgumentException("Unregistered event type " + event.getClass().getSimpleName());
		}
		return name;
	}

	public static Optional<Class<? extends DomainEvent>> typeNamed(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	/**
	 * Checks that a record of {@code type} declaring {@code version} can be read by this code: no
	 * version (an early producer) and any major version up to {@link #CURRENT_VERSION} can.
	 * @throws UnsupportedVersionException when the major version is newer, or the header is not a version
	 */
	public static void requireReadable(String type, String version) {
		if (version == null) {
			return;
		}
		int major;
		try {
			major = Integer.parseInt(version.split("\\.", 2)[0].trim());
		}
		catch (NumberFormatException ex) {
			throw new UnsupportedVersionException("eventVersion '" + abbreviated(version) + "' of " + abbreviated(type)
					+ " is not a version number");
		}
		if (major > CURRENT_VERSION) {
			throw new UnsupportedVersionException("eventVersion " + major + " of " + abbreviated(type)
					+ " is newer than version " + CURRENT_VERSION + ", the newest this consumer reads");
		}
	}

	private static String abbreviated(String text) {
		return text.length() <= 64 ? text : text.substring(0, 64) + "...";
	}

	public static Map<String, Class<? extends DomainEvent>> all() {
		return Map.copyOf(BY_NAME);
	}

	/**
	 * A record whose schema version this consumer cannot read; like a malformed one it goes to the
	 * dead-letter topic at once, where it waits for a consumer that knows the version.
	 */
	public static class UnsupportedVersionException extends EventCodec.MalformedEventException {

		private static final long serialVersionUID = 1L;

		UnsupportedVersionException(String message) {
			super(message, null);
		}

	}

}
