package io.trazo.ledger.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordTypeWireTest {

    @Test
    void everyTypeIsFoundByItsWireNameAndNothingElseNamesOne() {
        for (RecordType type : RecordType.values()) {
            assertThat(RecordType.fromWire(type.wire())).as(type.wire()).contains(type);
            assertThat(RecordType.fromWire(type.wire().toUpperCase())).isEmpty();
            assertThat(RecordType.fromWire(type.wire() + " ")).isEmpty();
        }
        assertThat(RecordType.fromWire("")).isEmpty();
        assertThat(RecordType.fromWire("events")).isEmpty();
        assertThat(RecordType.fromWire(null)).isEqualTo(Optional.empty());
    }
}
