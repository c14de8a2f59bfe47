package io.trazo.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A label's GTIN and lot find the lot they name: keyed when written, and backfilled for older stores. */
class MongoLotKeysTest {

    private static final String RETAIL_KEY = "01/00614141777778/10/RC1187";
    private static final String GREEN_BAG_KEY = "01/07709876543217/10/EA2611-1";

    @Test
    void aGs1LotIsKeyedWhenItsChainStarts() {
        MongoDatabase db = MongoTarget.shared().freshDatabase("lot-keys-");
        JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes());
        MongoLedgerReader reader = new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.test.store");

        assertThat(reader.lotByGs1Key(RETAIL_KEY)).contains(CoffeeJourney.RETAIL);
        assertThat(reader.lotByGs1Key(GREEN_BAG_KEY)).contains(CoffeeJourney.GREEN_BAG_1);
        assertThat(reader.lotByGs1Key("01/00614141777778/10/RC1188")).isEmpty();
        // the SSCC and the urn:trazo:lot lots have no GS1 lot key
        assertThat(db.getCollection(LedgerCollections.LOT_KEYS).countDocuments()).isEqualTo(4);
    }

    /** The batch path advances only each lot's highest head of a batch: the retail lot's position 0 never is. */
    @Test
    void aGs1LotStartedAndContinuedInOneBatchIsKeyedToo() {
        MongoDatabase db = MongoTarget.shared().freshDatabase("lot-keys-batch-");
        MongoLedgerStore store = new MongoLedgerStore(db).ensureIndexes();
        List<AppendOutcome> outcomes = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard())
                .appendAll(CoffeeJourney.records());
        assertThat(outcomes).allMatch(o -> o instanceof AppendOutcome.Accepted);
        MongoLedgerReader reader = new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.test.store");
        assertThat(reader.lotByGs1Key(RETAIL_KEY)).contains(CoffeeJourney.RETAIL);
        assertThat(reader.lotByGs1Key(GREEN_BAG_KEY)).contains(CoffeeJourney.GREEN_BAG_1);
    }

    @Test
    void lotsWrittenBeforeKeysExistedAreKeyedOnceAtStartUpAndAgainIsANoOp() {
        MongoDatabase db = MongoTarget.shared().freshDatabase("lot-keys-backfill-");
        JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes());
        // a store from before lot_keys: no keys, no marker
        db.getCollection(LedgerCollections.LOT_KEYS).deleteMany(new Document());
        db.getCollection(LedgerCollections.COUNTERS).deleteOne(eq("_id", LedgerCollections.LOT_KEYS_BACKFILLED));
        MongoLedgerReader reader = new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.test.store");
        assertThat(reader.lotByGs1Key(RETAIL_KEY)).isEmpty();

        MongoLedgerStore store = new MongoLedgerStore(db);
        assertThat(new MongoLotKeys(store).backfill()).isEqualTo(4);
        assertThat(reader.lotByGs1Key(RETAIL_KEY)).contains(CoffeeJourney.RETAIL);

        db.getCollection(LedgerCollections.COUNTERS).deleteOne(eq("_id", LedgerCollections.LOT_KEYS_BACKFILLED));
        assertThat(new MongoLotKeys(store).backfill()).as("a second run, marker lost, inserts nothing new").isZero();
        assertThat(new MongoLotKeys(store).backfill()).as("with the marker, no scan").isZero();
        assertThat(db.getCollection(LedgerCollections.LOT_KEYS).countDocuments()).isEqualTo(4);
    }
}
