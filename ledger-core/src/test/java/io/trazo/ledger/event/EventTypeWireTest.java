package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTypeWireTest {

    @Test
    void everyTypeIsFoundByItsWireNameAndNothingElseNamesOne() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.fromWire(type.wire())).as(type.wire()).contains(type);
            assertThat(EventType.fromWire(type.wire().toUpperCase())).isEmpty();
            assertThat(EventType.fromWire(type.wire() + " ")).isEmpty();
        }
        assertThat(EventType.fromWire("")).isEmpty();
        assertThat(EventType.fromWire("ObjectEvents")).isEmpty();
        assertThat(EventType.fromWire(null)).isEqualTo(Optional.empty());
    }
}
