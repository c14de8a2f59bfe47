package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class DigitalLinkConversionTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/event-hash/epc-uri-to-digital-link.csv")
    void epcUrisAndDigitalLinksBecomeConstrainedCanonicalDigitalLinks(String input, String expected) {
        assertThat(CanonicalValues.value(input)).isEqualTo(expected == null ? input : expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "401234500011, 5",
        "04012345000000333, 8",
        "0405473999914, 8",
        "40123450000098765, 8",
        "629104150021, 3"
    })
    void gs1CheckDigitWeighsThreeOneFromTheRight(String body, char expected) {
        assertThat(Gs1CheckDigit.of(body)).isEqualTo(expected);
    }

    @Test
    void checkDigitRefusesNonDigits() {
        assertThatThrownBy(() -> Gs1CheckDigit.of("40123A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digitalLinkPercentEncodesWhatEpcUrisAllowLiterally() {
        assertThat(EpcUris.percentEncode("a!b(c)d*e+f,g:h'%2F")).isEqualTo("a%21b%28c%29d%2Ae%2Bf%2Cg%3Ah'%2F");
    }
}
