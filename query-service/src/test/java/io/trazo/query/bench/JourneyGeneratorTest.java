package io.trazo.query.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's bulk loader skips the append protocol, so the generated units must be valid by
 * construction: this appends two of them through the real append code, which would refuse a wrong role,
 * a claim on an untouched lot or a broken link.
 */
class JourneyGeneratorTest {

    @Test
    void generatedUnitsAreAcceptedByTheRealAppendCode() {
        InMemoryLedgerStore store = JourneyLedger.inMemory();
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        JourneyGenerator generator = new JourneyGenerator();
        for (int unit : new int[] {0, 1}) {
            List<byte[]> records = generator.unit(unit);
            assertThat(records).hasSize(JourneyGenerator.RECORDS_PER_UNIT);
            for (byte[] wire : records) {
                assertThat(appender.append(wire)).isInstanceOf(AppendOutcome.Accepted.class);
            }
        }
    }
}
