package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two ingest consumers on two partitions: one accepts a drying on the parchment while the other's batch
 * claims a hulling's lots (the parchment and a new lot) in one round trip. The hulling loses the
 * parchment, wins the new lot, falls back to the one-record path and is rejected as a fork; the claim
 * it won in the batch must go with it.
 */
class StaleClaimTest {

    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());

    @Test
    void aMergeRejectedAfterItsBatchWonALaterLotReleasesEveryClaim() {
        Forks forks = new Forks();
        InMemoryLedgerStore durable = new InMemoryLedgerStore();
        Appender otherPartition = new Appender(durable, ROOT, RolePolicy.standard());
        forks.prefix().forEach(otherPartition::append);
        LedgerStore racing = new ForwardingLedgerStore(durable) {
            private boolean raced;

            @Override
            public List<Digest> claim(List<Claim> batch) {
                if (!raced) {
                    raced = true;
                    assertThat(otherPartition.append(forks.left())).isInstanceOf(AppendOutcome.Accepted.class);
                }
                return super.claim(batch);
            }
        };
        Appender thisPartition = new Appender(racing, ROOT, RolePolicy.standard());

        assertThat(thisPartition.appendAll(List.of(forks.hulling()))).singleElement()
                .isInstanceOfSatisfying(AppendOutcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.FORK));

        assertThat(durable.claimAt(Forks.HULLED, 0)).as("the new lot's claim is released").isEmpty();
        List<byte[]> offered = new ArrayList<>(forks.prefix());
        offered.add(forks.left());
        offered.add(forks.hulling());
        LedgerInvariants.check(durable, offered);
    }
}
