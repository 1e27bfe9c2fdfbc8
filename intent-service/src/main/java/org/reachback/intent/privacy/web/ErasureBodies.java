package org.reachback.intent.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hibernate.validator.constraints.CodePointLength;
import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;
import org.reachback.intent.privacy.Erasure;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the erasure API. */
final class ErasureBodies {

	private ErasureBodies() {
	}

	/** Exactly one of the two. */
	@Schema(description = "Exactly one of phone and chatId")
	record EraseRequest(
			@Schema(description = "The customer's number, in any format; without a country code it is read as a "
					+ "number of reachback.privacy.phone-region (GB)", example = "+44 20 7946 0958",
					maxLength = 40) @CodePointLength(max = 40) String phone,
			@Schema(description = "One chat, erased with its callbacks") UUID chatId) {
	}

	/**
	 * @param chats how many chats the erasure erases (0 when none is kept about the number)
	 * @param callbacks how many callbacks it erases
	 */
	record ErasureStarted(UUID erasureId, int chats, int callbacks) {
	}

	/** @param complete whether every service that keeps customers' data has confirmed it */
	record ErasureStatus(UUID erasureId, Reason reason, Instant requestedAt, int chats, int callbacks,
			List<Erasure.Confirmation> confirmations, boolean complete) {

		static ErasureStatus of(Erasure erasure) {
			return new ErasureStatus(erasure.erasureId(), erasure.reason(), erasure.requestedAt(), erasure.chats(),
					erasure.callbacks(), erasure.confirmations(), erasure.complete());
		}

	}

}
