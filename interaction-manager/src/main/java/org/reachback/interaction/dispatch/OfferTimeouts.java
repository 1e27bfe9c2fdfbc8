package org.reachback.interaction.dispatch;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls for offers nobody answered and times them out, one transaction per offer, until none is
 * due. A failure ends the poll: the offer stays open and the next poll retries it.
 */
@Component
class OfferTimeouts {

	private static final Logger log = LoggerFactory.getLogger(OfferTimeouts.class);

	private final OfferService offerService;

	OfferTimeouts(OfferService offerService) {
		this.offerService = offerService;
	}

	@Scheduled(fixedDelayString = "${reachback.dispatch.offer-timeout-check:1s}")
	void timeOutExpiredOffers() {
		try {
			Optional<UUID> timedOut = offerService.timeOutFirstExpired();
			while (timedOut.isPresent()) {
				log.debug("Offer {} timed out", timedOut.get());
				timedOut = offerService.timeOutFirstExpired();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not time out expired offers; the next poll retries", ex);
		}
	}

}
