package io.trazo.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.Forks;
import io.trazo.append.ForwardingLedgerStore;
import io.trazo.append.LedgerInvariants;
import io.trazo.append.LedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two ingest consumers on one Mongo store (the stand-in): one accepts a drying on the parchment while
 * the other's batch claims a hulling's lots in one round trip; the hulling, rejected as a fork, must
 * leave no claim behind (ledger-append's StaleClaimTest, over the Mongo adapter).
 */
class MongoStaleClaimTest {

    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());

    @Test
    void aMergeRejectedAfterItsBatchWonALaterLotLeavesNoOrphanClaim() {
        Forks forks = new Forks();
        LedgerStore durable = new MongoLedgerStore(MongoTarget.shared().client().getDatabase("claims-" + UUID.randomUUID()))
                .ensureIndexes();
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
                return durable.claim(batch);
            }
        };

        assertThat(new Appender(racing, ROOT, RolePolicy.standard()).appendAll(List.of(forks.hulling()))).singleElement()
                .isInstanceOfSatisfying(AppendOutcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.FORK));

        assertThat(durable.claimAt(Forks.HULLED, 0)).isEmpty();
        List<byte[]> offered = new ArrayList<>(forks.prefix());
        offered.add(forks.left());
        offered.add(forks.hulling());
        LedgerInvariants.check(durable, offered);
    }
}
