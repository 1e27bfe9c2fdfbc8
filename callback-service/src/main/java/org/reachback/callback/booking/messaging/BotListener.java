package org.reachback.callback.booking.messaging;

import org.reachback.callback.booking.BookingService;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Takes callback requests from the bot topic; every other bot event is none of this service's business. */
@Component
@KafkaListener(topics = Topics.BOT)
class BotListener {

	private final BookingService booking;

	BotListener(BookingService booking) {
		this.booking = booking;
	}

	@KafkaHandler
	void on(CallbackRequested request) {
		booking.book(request);
	}

	@KafkaHandler(isDefault = true)
	void ignore(Object other) {
	}

}
