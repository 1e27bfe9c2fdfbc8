package org.reachback.interaction.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.TranscriptLine;

/**
 * An offer as the agent sees it: the callback with everything needed to serve it.
 *
 * @param status OPEN, ACCEPTED, COMPLETED, DECLINED, TIMED_OUT, WITHDRAWN or CALL_MISSED
 * @param phone the customer's number in E.164
 * @param media how the customer is called back: {@code voice} (a phone call, which rings the agent's
 * phone first) or {@code chat} (the agent joins the customer's chat)
 * @param reason why the bot handed over, in words
 * @param selectionReason why the callback was offered to this agent, in words ("Ana asked for Maria")
 * @param waitingSince since when the customer has waited for an agent: when the callback joined the
 * queue (a callback back after a missed agent call keeps its place, and so this time)
 */
public record OfferView(UUID offerId, UUID callbackId, UUID chatId, String agentId, String status, String queue,
		Customer customer, String phone, Media media, String intent, HandoverReason handoverReason, String reason,
		String selectionReason, List<TranscriptLine> transcript, Instant offeredAt, Instant expiresAt,
		Instant waitingSince) {

	static OfferView of(Offer offer, QueuedCallback callback) {
		CallbackContext context = callback.context();
		return new OfferView(offer.id(), offer.callbackId(), callback.chatId(), offer.agentId(), offer.status().name(),
				callback.queue(), context.customer(), context.phone(), context.mediaOrDefault(), context.intent(),
				context.handoverReason(), context.reason(), offer.selectionReason(), context.transcript(),
				offer.offeredAt(), offer.expiresAt(), callback.enqueuedAt());
	}

}
