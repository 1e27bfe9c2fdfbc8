package org.reachback.platform.phone;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			+44 909 876 5432 | a premium-rate number
			+1 900 234 5678  | a premium-rate number
			+33 8 84 01 23 45 | a shared-cost number
			+44 70 1234 5678 | a personal (forwarding) number
			+44 76 4012 3456 | a pager number
			+44 55 1234 5678 | a company's universal access number
			""")
	void numbersThatReachNoPersonAtANormalCostAreRefusedWithTheirType(String number, String type) {
		assertThatThrownBy(() -> PhoneNumbers.toE164(number, null))
			.isInstanceOf(PhoneNumbers.NumberNotCallableException.class)
			.hasMessage("'" + number + "' is " + type
					+ ", which we cannot call back; please give a landline or mobile number");
	}

	@Test
	void landlinesMobilesAndFreephoneNumbersAreCallableWithTheirCountry() {
		assertThat(PhoneNumbers.callable("07400 123456", "en-GB")).isEqualTo(new CallableNumber("+447400123456", "GB"));
		assertThat(PhoneNumbers.callable("+33 1 42 68 53 00", null)).isEqualTo(new CallableNumber("+33142685300", "FR"));
		assertThat(PhoneNumbers.callable("0800 123 4567", "en-GB").e164()).isEqualTo("+448001234567");
	}

	@Test
	void aBrandThatCallsOnlySomeCountriesRefusesNumbersOfOthers() {
		assertThat(PhoneNumbers.callable("+353 1 234 5678", null, List.of("gb", "IE")).country()).isEqualTo("IE");
		assertThat(PhoneNumbers.callable("+33 1 42 68 53 00", null, List.of()).country()).isEqualTo("FR");
		assertThatThrownBy(() -> PhoneNumbers.callable("+33 1 42 68 53 00", null, List.of("GB", "IE")))
			.isInstanceOf(PhoneNumbers.NumberNotCallableException.class)
			.hasMessage("'+33 1 42 68 53 00' is a number in France (FR), and we can only call numbers in GB, IE");
	}

	@Test
	void theCountryOfANumberIsItsRegionAndNoneForNonGeographicNumbers() {
		assertThat(PhoneNumbers.countryOf("+442079460958")).isEqualTo("GB");
		assertThat(PhoneNumbers.countryOf("+14155552671")).isEqualTo("US");
		assertThat(PhoneNumbers.countryOf("+881612345678")).isNull();
		assertThat(PhoneNumbers.countryOf("not a number")).isNull();
	}

}
