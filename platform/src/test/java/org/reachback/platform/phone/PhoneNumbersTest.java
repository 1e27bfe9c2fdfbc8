package org.reachback.platform.phone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

	@Test
	void internationalNumbersAreNormalisedToE164() {
		assertThat(PhoneNumbers.toE164("+44 20 7946 0958", null)).isEqualTo("+442079460958");
		assertThat(PhoneNumbers.toE164("+1 (415) 555-2671", "de-DE")).isEqualTo("+14155552671");
	}

	@Test
	void nationalNumbersAreReadInTheCustomersRegion() {
		assertThat(PhoneNumbers.toE164("020 7946 0958", "en-GB")).isEqualTo("+442079460958");
		assertThat(PhoneNumbers.toE164("612 34 56 78", "es-ES")).isEqualTo("+34612345678");
	}

	@Test
	void numbersThatCannotBeCalledAreRejectedWithAReason() {
		assertThatThrownBy(() -> PhoneNumbers.toE164("12345", "en-GB"))
			.isInstanceOf(PhoneNumbers.InvalidPhoneNumberException.class)
			.hasMessageContaining("not a valid phone number");
		assertThatThrownBy(() -> PhoneNumbers.toE164("call me maybe", null))
			.isInstanceOf(PhoneNumbers.InvalidPhoneNumberException.class);
		assertThatThrownBy(() -> PhoneNumbers.toE164("020 7946 0958", null))
			.isInstanceOf(PhoneNumbers.InvalidPhoneNumberException.class)
			.hasMessageContaining("country code");
		assertThatThrownBy(() -> PhoneNumbers.toE164(" ", null)).hasMessageContaining("required");
	}

}
