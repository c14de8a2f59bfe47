package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.RecordKeys;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.mongo.MongoTarget;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The window a {@code kill -9} can hit (issue 15, the soak's DUPLICATE receipts for records published
 * once): ingest stored a record, then died before its outcome memo and its receipt transaction. The
 * test builds that state exactly, on a real broker and the Mongo-wire stand-in: the message is on the
 * records topic with no committed offset, and its record is already ACCEPTED in the store, appended by
 * the append protocol as the dead process did. The ingest that starts next redelivers it.
 */
class StoredBeforeReceiptTest extends OneIngestTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();

    @Test
    void aMessageRedeliveredAfterItsStoreWriteSurvivedACrashIsAcceptedAndOnlyItsReplayIsADuplicate() {
        byte[] harvest = JOURNEY.get(0);
        String key = RecordKeys.keyOf(harvest).orElseThrow();
        String original = rig.publishTo(0, key, harvest);
        String replay = rig.publishTo(0, key, harvest);
        MongoLedgerStore store = new MongoLedgerStore(MongoTarget.shared().client().getDatabase(rig.database)).ensureIndexes();
        AppendOutcome died = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).append(harvest);
        assertThat(died).isInstanceOf(AppendOutcome.Accepted.class);
        long position = ((AppendOutcome.Accepted) died).position();

        ingest = IngestInstance.start(rig);

        JsonNode first = probe.finalReceipt(original);
        assertThat(first.get("outcome").asString()).as("the message whose append survived").isEqualTo("ACCEPTED");
        assertThat(first.get("position").asLong()).isEqualTo(position);
        JsonNode second = probe.finalReceipt(replay);
        assertThat(second.get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(second.get("position").asLong()).isEqualTo(position);
    }
}
