package org.reachback.intent.privacy;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long customers' data is kept, and how a number to erase is read, under {@code reachback.privacy}.
 *
 * @param retention a chat is erased once its last entry is this old and its callbacks are over
 * @param retentionBatch how many chats one retention erasure takes at most
 * @param phoneRegion the ISO 3166 country a number to erase is read in when it has no country code
 * (customers' own numbers were read in the region of their locale, and are compared in E.164)
 */
@ConfigurationProperties("reachback.privacy")
public record PrivacySettings(@DefaultValue("180d") Duration retention, @DefaultValue("200") int retentionBatch,
		@DefaultValue("GB") String phoneRegion) {

	private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	public PrivacySettings {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("reachback.privacy.retention must be positive");
		}
		if (retentionBatch < 1) {
			throw new IllegalArgumentException("reachback.privacy.retention-batch must be at least 1");
		}
		if (!COUNTRIES.contains(phoneRegion)) {
			throw new IllegalArgumentException(
					"reachback.privacy.phone-region must be an ISO 3166 country code such as GB, not " + phoneRegion);
		}
	}

	/** A locale of {@link #phoneRegion()}, as the platform's phone numbers take the region of a number without a country code. */
	public String phoneLocale() {
		return "und-" + phoneRegion;
	}

}
