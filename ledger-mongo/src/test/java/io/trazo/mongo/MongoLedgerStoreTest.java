package io.trazo.mongo;

import static io.trazo.append.StoreContractFixtures.hash;
import static io.trazo.append.StoreContractFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.mongo.MongoTarget;
import io.trazo.append.LedgerStore;
import io.trazo.append.LedgerStore.Acceptance;
import io.trazo.append.LedgerStoreContractTest;
import io.trazo.ledger.store.RecordState;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The port's contract over MongoDB: the stand-in, or the server {@code TRAZO_MONGO_URI} names. */
class MongoLedgerStoreTest extends LedgerStoreContractTest {

    @Override
    protected LedgerStore newStore() {
        return new MongoLedgerStore(MongoTarget.shared().client().getDatabase("contract-" + UUID.randomUUID())).ensureIndexes();
    }

    /**
     * In-order acceptance is an upsert so that a refusal stops the bulk; a record that was never stored
     * breaks the port's precondition, and the adapter says so rather than counting it accepted.
     */
    @Test
    void acceptingARecordThatWasNeverStoredIsReportedNotCounted() {
        store.insertPending(pending("a", Map.of()));
        assertThatThrownBy(() -> store.markAcceptedInOrder(List.of(new Acceptance(hash("a"), 1), new Acceptance(hash("absent"), 2))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).isEqualTo("markAcceptedInOrder"))
                .hasMessageContaining("did not exist").hasMessageContaining(hash("absent").hex());
        assertThat(store.record(hash("a")).orElseThrow().state()).isEqualTo(RecordState.ACCEPTED);
    }
}
