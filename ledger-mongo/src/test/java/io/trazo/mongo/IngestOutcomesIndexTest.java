package io.trazo.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Ingest's look-ups of receipts by record and by capture are index range scans on MongoDB, not
 * collection scans of ever-growing collections: the store creates the indexes at start-up, and again
 * harmlessly, and deferral notes expire.
 */
class IngestOutcomesIndexTest {

    @Test
    void theStoreCreatesAnIndexForEachLookUpThatIsNotById() {
        MongoDatabase db = MongoTarget.shared().freshDatabase("outcomes-");
        new IngestOutcomes(db);
        new IngestOutcomes(db);

        assertThat(keys(db, LedgerCollections.INGEST_OUTCOMES)).contains(List.of("record", "at"), List.of("capture"));
        assertThat(keys(db, LedgerCollections.INGEST_DEFERRALS)).contains(List.of("record", "at"), List.of("capture"), List.of("at"));
    }

    @Test
    void theFirstWriterOfAnOutcomeWinsAndTheOthersAreToldWhichIdsWereTaken() {
        IngestOutcomes store = new IngestOutcomes(MongoTarget.shared().freshDatabase("outcomes-"));
        assertThat(store.rememberFinals(List.of(new IngestOutcomes.Entry("t/0/1", "{\"a\":1}", "ab", null)))).isEmpty();
        assertThat(store.rememberFinals(List.of(new IngestOutcomes.Entry("t/0/1", "{\"a\":2}", "ab", null),
                new IngestOutcomes.Entry("t/0/2", "{\"a\":3}", null, "cap")))).containsExactly("t/0/1");
        assertThat(store.finals(List.of("t/0/1", "t/0/2"))).containsEntry("t/0/1", "{\"a\":1}").containsEntry("t/0/2", "{\"a\":3}");
        assertThat(store.finalsForRecord("ab")).containsExactly("{\"a\":1}");
        assertThat(store.finalsForCapture("cap")).containsExactly("{\"a\":3}");
    }

    @Test
    void theFirstClaimOfARecordsAcceptanceHoldsItAndLaterClaimantsAreToldWhoHoldsIt() {
        IngestOutcomes store = new IngestOutcomes(MongoTarget.shared().freshDatabase("outcomes-"));
        assertThat(store.acceptances(List.of("ab"))).isEmpty();
        assertThat(store.claimAcceptances(Map.of("ab", "t/0/1"))).containsExactly(Map.entry("ab", "t/0/1"));
        assertThat(store.claimAcceptances(Map.of("ab", "t/1/7", "cd", "t/1/8")))
                .containsOnly(Map.entry("ab", "t/0/1"), Map.entry("cd", "t/1/8"));
        assertThat(store.acceptances(List.of("ab", "cd", "ef"))).containsOnly(Map.entry("ab", "t/0/1"), Map.entry("cd", "t/1/8"));
    }

    private static List<List<String>> keys(MongoDatabase db, String collection) {
        return db.getCollection(collection).listIndexes().map(i -> List.copyOf(i.get("key", Document.class).keySet()))
                .into(new ArrayList<>());
    }
}
