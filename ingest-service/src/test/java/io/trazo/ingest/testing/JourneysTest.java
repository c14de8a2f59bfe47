package io.trazo.ingest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.RecordKeys;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.LedgerInvariants;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneysTest {

    @Test
    void generatedJourneysAreAcceptedInOrderAndSpreadOverSeveralKeys() {
        List<byte[]> records = Journeys.withDemo(3);
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        assertThat(records).allSatisfy(r -> assertThat(appender.append(r)).isInstanceOf(AppendOutcome.Accepted.class));
        assertThat(LedgerInvariants.check(store, records)).hasSize(CoffeeJourney.records().size() + 3 * Journeys.RECORDS_PER_JOURNEY);
        assertThat(Journeys.generated(0, 1).stream().map(r -> RecordKeys.keyOf(r).orElseThrow()).distinct()).hasSizeGreaterThan(2);
    }

    @Test
    void theSameJourneyHasTheSameBytesOnEveryRun() {
        assertThat(Journeys.generated(7, 1)).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(Journeys.generated(7, 1));
    }
}
