package org.reachback.intent.chat.web;

import org.hibernate.validator.constraints.CodePointLength;
import org.reachback.events.Customer;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * The bodies the chat API accepts. Lengths count Unicode code points, as a customer counts
 * characters: an emoji is one, though Java stores it as two {@code char}s.
 */
final class ChatRequests {

	static final int MAX_MESSAGE = 2000;

	private ChatRequests() {
	}

	record StartChat(@Schema(example = "acme") @NotBlank String brand,
			@Schema(example = "When do you open on Saturday?", maxLength = MAX_MESSAGE) @NotBlank
			@CodePointLength(max = MAX_MESSAGE) String message,
			@Valid CustomerDetails customer) {

		Customer customerOrAnonymous() {
			return customer == null ? Customer.anonymous() : customer.toCustomer();
		}

	}

	/** Who the customer is, as far as the widget knows; every field is optional. */
	record CustomerDetails(@Schema(maxLength = 100) @CodePointLength(max = 100) String name,
			@Schema(description = "as typed; validated when a callback is requested", example = "+44 20 7946 0958",
					maxLength = 40) @CodePointLength(max = 40) String phone,
			@Schema(example = "Europe/London") @TimeZoneId String timeZone,
			@Schema(example = "en-GB") @LanguageTag String locale) {

		Customer toCustomer() {
			return new Customer(blankToNull(name), blankToNull(phone), timeZone, locale);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	record PostMessage(@Schema(maxLength = MAX_MESSAGE) @NotBlank @CodePointLength(max = MAX_MESSAGE) String text) {
	}

}
