package org.reachback.events.privacy;

import java.util.UUID;

/**
 * An event that carries a customer's personal data (their name, number, words or what was said to
 * them): its payload is sealed on the topics with the key of its data subject, the chat it is about,
 * so that erasing the chat's key makes every copy unreadable, wherever it is kept (see
 * {@link SubjectKeys}).
 */
public interface PersonalData {

	/** The chat whose customer the personal data is about; null when this event carries none. */
	UUID dataSubject();

}
