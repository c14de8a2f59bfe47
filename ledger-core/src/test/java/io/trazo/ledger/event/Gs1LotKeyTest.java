package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gs1LotKeyTest {

    @Test
    void anLgtinClassAndItsDigitalLinkHaveTheSameKey() {
        assertThat(Gs1LotKey.ofLot("urn:epc:class:lgtin:0614141.077777.RC1187")).contains("01/00614141777778/10/RC1187");
        assertThat(Gs1LotKey.ofLot("https://id.gs1.org/01/00614141777778/10/RC1187")).contains("01/00614141777778/10/RC1187");
        assertThat(Gs1LotKey.ofLot("https://brand.example/coffee/01/614141777778/10/RC1187")).contains("01/00614141777778/10/RC1187");
    }

    @Test
    void aLotWithASlashIsDecodedFromBothForms() {
        assertThat(Gs1LotKey.ofLot("urn:epc:class:lgtin:7709876.054321.EA%2F26")).contains("01/07709876543217/10/EA/26");
        assertThat(Gs1LotKey.ofLot("https://id.gs1.org/01/07709876543217/10/EA%2F26")).contains("01/07709876543217/10/EA/26");
        assertThat(Gs1LotKey.of("7709876543217", "EA/26")).isEqualTo("01/07709876543217/10/EA/26");
    }

    @Test
    void lotsThatAreNotGs1BatchesHaveNoKey() {
        assertThat(Gs1LotKey.ofLot("urn:trazo:lot:rose-city-roasters:roast-2026-1187")).isEmpty();
        assertThat(Gs1LotKey.ofLot("urn:epc:id:sscc:7709876.0000004211")).isEmpty();
        assertThat(Gs1LotKey.ofLot("https://id.gs1.org/01/00614141777771/10/RC1187")).isEmpty();
    }

    @Test
    void aPrintedGtinWithAWrongCheckDigitOrAnOverlongLotIsRefusedByName() {
        assertThatThrownBy(() -> Gs1LotKey.of("00614141777771", "RC1187"))
                .isInstanceOfSatisfying(Gs1LotKey.InvalidGs1KeyException.class, e -> assertThat(e.field()).isEqualTo("gtin"))
                .hasMessage("check digit of 00614141777771 is 1, expected 8");
        assertThatThrownBy(() -> Gs1LotKey.of("00614141777778", "X".repeat(21)))
                .isInstanceOfSatisfying(Gs1LotKey.InvalidGs1KeyException.class, e -> assertThat(e.field()).isEqualTo("lot"));
    }
}
