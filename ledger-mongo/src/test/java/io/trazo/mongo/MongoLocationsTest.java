package io.trazo.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.JourneyPlaces;
import io.trazo.ledger.store.RecordState;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A GLN finds its location records by {@code _id}: entered when offered, and backfilled for older stores. */
class MongoLocationsTest {

    @Test
    void everyLocationRecordOfAGlnIsFoundByItsGlnAndIsAccepted() {
        MongoDatabase db = MongoTarget.shared().freshDatabase("locations-");
        JourneyPlaces.add(JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes()));
        MongoLedgerReader reader = new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.test.store");

        List<Digest> buenaventura = reader.locationRecords(JourneyPlaces.BUENAVENTURA);
        assertThat(buenaventura).as("the exporter's and the carrier's").hasSize(2);
        assertThat(reader.records(buenaventura).values()).allMatch(r -> r.state() == RecordState.ACCEPTED);
        assertThat(reader.locationRecords(JourneyPlaces.OAKLAND)).hasSize(1);
        assertThat(reader.locationRecords("0614141000029")).isEmpty();
    }

    @Test
    void locationRecordsStoredBeforeTheCollectionExistedAreEnteredOnceAtStartUp() {
        MongoDatabase db = MongoTarget.shared().freshDatabase("locations-backfill-");
        MongoLedgerStore store = JourneyPlaces.add(JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes()));
        MongoLedgerReader reader = new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.test.store");
        List<Digest> before = reader.locationRecords(JourneyPlaces.BUENAVENTURA);
        // a store from before `locations`: no entries, no marker
        db.getCollection(LedgerCollections.LOCATIONS).deleteMany(new Document());
        db.getCollection(LedgerCollections.COUNTERS).deleteOne(eq("_id", LedgerCollections.LOCATIONS_BACKFILLED));
        assertThat(reader.locationRecords(JourneyPlaces.BUENAVENTURA)).isEmpty();

        assertThat(new MongoLocations(store).backfill()).isEqualTo(3);
        assertThat(reader.locationRecords(JourneyPlaces.BUENAVENTURA)).containsExactlyInAnyOrderElementsOf(before);
        db.getCollection(LedgerCollections.COUNTERS).deleteOne(eq("_id", LedgerCollections.LOCATIONS_BACKFILLED));
        assertThat(new MongoLocations(store).backfill()).as("a second run re-enters the same hashes").isEqualTo(3);
        assertThat(new MongoLocations(store).backfill()).as("with the marker, no scan").isZero();
        assertThat(reader.locationRecords(JourneyPlaces.BUENAVENTURA)).hasSize(2);
    }
}
