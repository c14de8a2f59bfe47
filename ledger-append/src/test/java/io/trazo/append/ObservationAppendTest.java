package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome.Accepted;
import io.trazo.append.AppendOutcome.Rejected;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.store.RecordState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A v2 observation that names no lot (docs/protocol.md §9.2, §15) is appended like a certificate: no
 * lot position, no claim, ACCEPTED once verified, on the single path and the batch path alike; one
 * that links to a lot is refused, and no lot's head moves.
 */
class ObservationAppendTest {

    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
    private final byte[] harvest;

    ObservationAppendTest() {
        List<byte[]> journey = CoffeeJourney.records();
        journey.stream().filter(r -> RecordCodec.parse(r).type() != RecordType.EVENT).forEach(appender::append);
        harvest = journey.stream().filter(r -> RecordCodec.parse(r).type() == RecordType.EVENT).findFirst().orElseThrow();
        assertThat(appender.append(harvest)).isInstanceOf(Accepted.class);
    }

    @Test
    void anObservationIsAcceptedWithoutALotPosition() {
        byte[] reading = Observations.reading("2026-11-20T09:00:00.000-05:00", Map.of());
        assertThat(appender.append(reading)).isInstanceOf(Accepted.class);
        var stored = store.record(RecordCodec.parse(reading).hash()).orElseThrow();
        assertThat(stored.state()).isEqualTo(RecordState.ACCEPTED);
        assertThat(stored.lotPositions()).isEmpty();
    }

    @Test
    void observationsInABatchAreAcceptedToo() {
        List<AppendOutcome> outcomes = appender.appendAll(List.of(Observations.reading("2026-11-20T09:00:00.000-05:00", Map.of()),
                Observations.reading("2026-11-20T09:00:00.000-05:00", Map.of()), Observations.reading("2026-11-20T10:00:00.000-05:00", Map.of())));
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isInstanceOf(Accepted.class);
        assertThat(outcomes.get(1)).as("the same bytes again").isInstanceOf(AppendOutcome.Duplicate.class);
        assertThat(outcomes.get(2)).isInstanceOf(Accepted.class);
    }

    @Test
    void anObservationThatLinksToALotIsRefusedAndTheLotsHeadStays() {
        var head = store.head(CoffeeJourney.CHERRY_WOMEN).orElseThrow();
        AppendOutcome linked = appender.append(Observations.reading("2026-11-20T09:15:00.000-05:00",
                Map.of(CoffeeJourney.CHERRY_WOMEN, RecordCodec.parse(harvest).hash())));
        assertThat(linked).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.LINK_UNTOUCHED_LOT));
        assertThat(store.head(CoffeeJourney.CHERRY_WOMEN)).contains(head);
    }
}
