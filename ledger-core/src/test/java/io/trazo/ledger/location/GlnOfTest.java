package io.trazo.ledger.location;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which GLN an event's bizLocation or readPoint names (docs/protocol.md §8.7, "A GLN's location"). */
class GlnOfTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "urn:epc:id:sgln:0614141.00001.0, 0614141000012",
        "urn:epc:id:sgln:0614141.00001.OAK, 0614141000012",
        "urn:epc:id:sgln:7709876.00001.BUN, 7709876000017",
        "urn:epc:id:sgln:061414112345..0, 0614141123452",
        "https://id.gs1.org/414/0614141000012, 0614141000012",
        "https://example.com/414/0614141000012/254/OAK, 0614141000012",
        // eleven digits before the extension: not an SGLN of a GLN
        "urn:epc:id:sgln:0614141.0001.0, none",
        "https://id.gs1.org/414/0614141000013, none",
        "urn:trazo:plot:finca-el-mirador:el-mirador-alto, none"})
    void anSglnOrAGlnDigitalLinkNamesItsGln(String placeId, String gln) {
        assertThat(Locations.glnOf(placeId).orElse(null)).isEqualTo(gln);
    }
}
