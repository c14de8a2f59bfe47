package io.trazo.ledger.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which namespaces can own a lot (docs/protocol.md §11, lot owners). */
class LotNamespacesTest {

    @Test
    void aPrivateLotIsInItsIssuersNamespace() {
        assertThat(LotNamespaces.candidates("urn:trazo:lot:asomucafe-villamaria:cherry-2026-041"))
                .containsExactly("urn:trazo:lot:asomucafe-villamaria");
        assertThat(LotNamespaces.ownNamespace("urn:trazo:actor:asomucafe-villamaria")).isEqualTo("urn:trazo:lot:asomucafe-villamaria");
    }

    @Test
    void anEpcUriOfAGs1SchemeStatesItsCompanyPrefix() {
        assertThat(LotNamespaces.candidates("urn:epc:class:lgtin:0614141.077777.RC1187")).containsExactly("gs1:0614141");
        assertThat(LotNamespaces.candidates("urn:epc:id:sscc:0614141.1234567890")).containsExactly("gs1:0614141");
        assertThat(LotNamespaces.candidates("urn:epc:id:adi:2S.1234.5678")).isEmpty();
    }

    @Test
    void aDigitalLinkGtinHasOneCandidatePerPrefixLengthAfterItsIndicatorDigit() {
        assertThat(LotNamespaces.candidates("https://id.gs1.org/01/09506000134352/10/ABC"))
                .containsExactly("gs1:950600", "gs1:9506000", "gs1:95060001", "gs1:950600013", "gs1:9506000134",
                        "gs1:95060001343", "gs1:950600013435");
        assertThat(LotNamespaces.candidates("https://example.com/414/9521141123453")).first().isEqualTo("gs1:952114");
        assertThat(LotNamespaces.candidates("https://example.com/coffee/lot-7")).isEmpty();
    }
}
