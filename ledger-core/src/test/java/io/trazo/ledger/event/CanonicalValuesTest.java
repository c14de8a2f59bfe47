package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/event-hash/timestamps.csv")
    void timestampsAreWrittenInUtcWithExactlyThreeFractionalDigits(String written, String expected) {
        assertThat(EventTimestamps.normalise(written)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023-02-30T00:00:00Z", "yesterday", "2023-01-01T25:00:00Z", "2023-01-01"})
    void somethingThatIsNotADateTimeIsNotNormalised(String text) {
        assertThat(EventTimestamps.normalise(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1.0, 1", "23.0, 23", "0.3434, 0.3434", "'0', 0", "-0.0, 0", "+12, 12", "0614141, 614141", "1_000, 1000",
        "1e5, 100000", "0.0001, 0.0001", "0.00001, 1e-05", "1.5e-7, 1.5e-07", "0.1, 0.1", "26.2, 26.2",
        "12345678901234567890123, 12345678901234567741440"
    })
    void numbersAreWrittenWithoutTrailingZerosAsTheReferenceDoes(String text, String expected) {
        assertThat(NumericValues.canonical(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nan", "inf", "1e400", "0x10", "1__0", "_1", "12a", "2019-10-21", "true"})
    void nonNumbersAndNonFiniteNumbersAreLeftAlone(String text) {
        assertThat(NumericValues.canonical(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "urn:epcglobal:cbv:bizstep:receiving, https://ref.gs1.org/cbv/BizStep-receiving",
        "urn:epcglobal:cbv:disp:in_transit, https://ref.gs1.org/cbv/Disp-in_transit",
        "urn:epcglobal:cbv:btt:po, https://ref.gs1.org/cbv/BTT-po",
        "urn:epcglobal:cbv:sdt:owning_party, https://ref.gs1.org/cbv/SDT-owning_party",
        "urn:epcglobal:cbv:er:incorrect_data, https://ref.gs1.org/cbv/ER-incorrect_data",
        "urn:epcglobal:cbv:bt:0614141073467:1152, urn:epcglobal:cbv:bt:0614141073467:1152"
    })
    void cbvUrnsBecomeCbvWebUris(String urn, String expected) {
        assertThat(CanonicalValues.value(urn)).isEqualTo(expected);
    }

    @Test
    void surroundingWhitespaceIsRemovedAsPythonStripDoes() {
        assertThat(CanonicalValues.strip("\u00a0 \t OBSERVE \n\u2007")).isEqualTo("OBSERVE");
    }

    @Test
    void bareCbvValuesExpandPerTheScopeOfTheEpcisContext() {
        CbvVocabulary vocabulary = CbvVocabulary.epcis20();
        JsonContext none = JsonContext.EPCIS_DEFAULT_ONLY;
        Map<String, String> expected = Map.of(
                "bizStep|shipping", "https://ref.gs1.org/cbv/BizStep-shipping",
                "disposition|in_transit", "https://ref.gs1.org/cbv/Disp-in_transit",
                "persistentDisposition/set|recalled", "https://ref.gs1.org/cbv/Disp-recalled",
                "bizTransactionList/type|desadv", "https://ref.gs1.org/cbv/BTT-desadv",
                "sourceList/type|possessing_party", "https://ref.gs1.org/cbv/SDT-possessing_party",
                "destinationList/type|location", "https://ref.gs1.org/cbv/SDT-location",
                "sensorElementList/sensorReport/type|Temperature", "https://gs1.org/voc/Temperature",
                "sensorElementList/sensorReport/exception|ALARM_CONDITION", "https://gs1.org/voc/ALARM_CONDITION",
                "sensorElementList/sensorReport/component|latitude", "https://ref.gs1.org/cbv/Comp-latitude",
                "bizStep|cbv:BizStep-other", "https://ref.gs1.org/cbv/BizStep-other");
        expected.forEach((input, iri) -> {
            String[] pathAndValue = input.split("\\|");
            assertThat(vocabulary.isVocabulary(pathAndValue[0])).as(pathAndValue[0]).isTrue();
            assertThat(vocabulary.expand(pathAndValue[0], pathAndValue[1], none)).as(input).isEqualTo(iri);
        });
        assertThat(vocabulary.isVocabulary("readPoint")).isFalse();
        assertThat(vocabulary.expand("bizStep", "https://example.com/step", none)).isEqualTo("https://example.com/step");
    }
}
