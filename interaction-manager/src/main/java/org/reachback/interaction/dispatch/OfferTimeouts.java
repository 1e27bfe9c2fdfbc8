package org.reachback.interaction.dispatch;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/** Times out offers nobody answered, each in its own transaction. */
@Component
class OfferTimeouts {

	private static final Logger log = LoggerFactory.getLogger(OfferTimeouts.class);

	private final OfferService offerService;

	private final ObservationRegistry observations;

	private final Clock clock;

	OfferTimeouts(OfferService offerService, ObservationRegistry observations, Clock clock) {
		this.offerService = offerService;
		this.observations = observations;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reachback.dispatch.offer-timeout-check:1s}")
	void timeOutExpiredOffers() {
		for (UUID offerId : offerService.expiredBy(clock.instant())) {
			try {
				Observation.createNotStarted("reachback.offer.timeout", observations)
					.observe(() -> offerService.timeOut(offerId));
			}
			catch (RuntimeException ex) {
				log.warn("Could not time out offer {}; will retry", offerId, ex);
			}
		}
	}

}
