package org.reachback.chatbot.conversation;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Customer;

/** A chat as this service knows it: started with {@code bot} of {@code brand} by {@code customer}. */
record Chat(UUID chatId, String brand, String bot, Customer customer, Instant startedAt) {

	Chat {
		customer = customer == null ? Customer.anonymous() : customer;
	}

}
