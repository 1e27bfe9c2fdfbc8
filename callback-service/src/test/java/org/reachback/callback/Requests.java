package org.reachback.callback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.TranscriptLine;
import org.reachback.events.bot.CallbackRequested;

/** Callback requests as chatbot-service publishes them, for journey 2 (a billing dispute). */
final class Requests {

	static final String UK_NATIONAL_PHONE = "020 7946 0958";

	static final String UK_E164_PHONE = "+442079460958";

	private Requests() {
	}

	static CallbackRequested asSoonAsPossible(String phone) {
		return at(null, phone);
	}

	static CallbackRequested at(Instant slot, String phone) {
		return at(slot, phone, "Europe/London");
	}

	/** A request by a customer who lives in {@code timeZone} (an IANA id or an offset such as +03:00). */
	static CallbackRequested at(Instant slot, String phone, String timeZone) {
		UUID chatId = UUID.randomUUID();
		CallbackContext context = context(chatId, phone);
		Customer customer = context.customer();
		return new CallbackRequested(UUID.randomUUID(), now(), chatId, UUID.randomUUID(), UUID.randomUUID(), slot,
				"maria", new CallbackContext(chatId, context.brand(), context.queue(), phone, null,
						new Customer(customer.name(), phone, timeZone, customer.locale()), context.intent(),
						context.handoverReason(), context.reason(), context.transcript()));
	}

	/** An as soon as possible request to a brand of {@code brand}. */
	static CallbackRequested forBrand(String brand, String phone) {
		CallbackRequested request = asSoonAsPossible(phone);
		CallbackContext context = request.context();
		return new CallbackRequested(request.eventId(), request.occurredAt(), request.chatId(), request.callbackId(),
				request.promptId(), null, request.preferredAgent(), new CallbackContext(context.chatId(), brand,
						context.queue(), phone, null, context.customer(), context.intent(), context.handoverReason(),
						context.reason(), context.transcript()));
	}

	/** An as soon as possible request by a customer who chose {@code media}, to {@code phone} if not null. */
	static CallbackRequested asSoonAsPossible(Media media, String phone) {
		CallbackRequested request = asSoonAsPossible(phone);
		CallbackContext context = request.context();
		return new CallbackRequested(request.eventId(), request.occurredAt(), request.chatId(), request.callbackId(),
				request.promptId(), null, request.preferredAgent(), new CallbackContext(context.chatId(),
						context.brand(), context.queue(), phone, media, context.customer(), context.intent(),
						context.handoverReason(), context.reason(), context.transcript()));
	}

	/** The same request as {@code request}, sent again as a new event. */
	static CallbackRequested again(CallbackRequested request) {
		return new CallbackRequested(UUID.randomUUID(), now(), request.chatId(), request.callbackId(),
				request.promptId(), request.slot(), request.preferredAgent(), request.context());
	}

	static CallbackContext context(UUID chatId, String phone) {
		Instant start = now().minus(2, ChronoUnit.MINUTES);
		return new CallbackContext(chatId, "acme", "billing", phone, null,
				new Customer("Ana Jones", phone, "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "the billing bot does not handle disputes",
				List.of(new TranscriptLine(start, Speaker.CUSTOMER, "Ana Jones", "I was charged twice"),
						new TranscriptLine(start.plusSeconds(2), Speaker.BOT, "billing",
								"I can't help with disputes. Shall an agent call you back?")));
	}

	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

}
