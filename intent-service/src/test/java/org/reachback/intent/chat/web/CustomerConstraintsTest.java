package org.reachback.intent.chat.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerConstraintsTest {

	private final TimeZoneId.Validator timeZones = new TimeZoneId.Validator();

	private final LanguageTag.Validator locales = new LanguageTag.Validator();

	@Test
	void timeZonesMustBeIanaIds() {
		assertThat(timeZones.isValid("Europe/Madrid", null)).isTrue();
		assertThat(timeZones.isValid(null, null)).isTrue();
		assertThat(timeZones.isValid("Mars/Olympus", null)).isFalse();
		assertThat(timeZones.isValid("+01:00", null)).isFalse();
	}

	@Test
	void localesMustBeLanguageTags() {
		assertThat(locales.isValid("en-GB", null)).isTrue();
		assertThat(locales.isValid("es", null)).isTrue();
		assertThat(locales.isValid(null, null)).isTrue();
		assertThat(locales.isValid("not a locale!", null)).isFalse();
		assertThat(locales.isValid("", null)).isFalse();
	}

}
