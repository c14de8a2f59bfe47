package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The records-topic key of an event (docs/operations.md, partitioning; protocol §15). */
class RecordKeysTest {

    @Test
    void aLotLessObservationIsKeyedByItsActorAndAnEventByItsSmallestLot() {
        assertThat(RecordKeys.keyOf(Observations.reading("2026-11-20T09:00:00.000-05:00", Map.of()))).contains(DemoParties.EXPORTER);
        byte[] harvest = CoffeeJourney.records().stream().filter(r -> RecordCodec.parse(r).type() == RecordType.EVENT).findFirst()
                .orElseThrow();
        assertThat(RecordKeys.keyOf(harvest)).contains(CoffeeJourney.CHERRY_WOMEN);
    }
}
