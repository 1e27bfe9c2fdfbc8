package org.reachback.events;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the customer wants to be called back: on the phone ({@code "voice"}) or in the chat they are
 * in ({@code "chat"}). Written in lower case on the wire and in the APIs; read in any case.
 */
public enum Media {

	/** A phone call to the customer's number: session-service dials agent and customer. */
	VOICE,

	/** The agent joins the customer's chat. */
	CHAT;

	/**
	 * The medium a callback gets when the customer did not choose: voice when they gave a phone
	 * number, else chat.
	 */
	public static Media orDefault(Media chosen, String phone) {
		if (chosen != null) {
			return chosen;
		}
		return phone == null || phone.isBlank() ? CHAT : VOICE;
	}

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException for anything but voice or chat */
	@JsonCreator
	public static Media of(String value) {
		for (Media media : values()) {
			if (media.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return media;
			}
		}
		throw new IllegalArgumentException("media must be \"voice\" or \"chat\", not \"" + value + "\"");
	}

}
