package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.trazo.mongo.MongoTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The memo's look-ups by record and by capture are index range scans on MongoDB, not collection scans
 * of an ever-growing collection: the memo creates both indexes at start-up, and again harmlessly.
 */
class OutcomeMemoIndexTest {

    @Test
    void theMemoCreatesAnIndexForEachLookUpThatIsNotById() {
        MongoDatabase db = MongoTarget.shared().client().getDatabase("memo-" + UUID.randomUUID());
        new OutcomeMemo(db, JsonMapper.builder().build());
        new OutcomeMemo(db, JsonMapper.builder().build());

        List<List<String>> keys = db.getCollection("ingest_outcomes").listIndexes()
                .map(i -> List.copyOf(i.get("key", Document.class).keySet())).into(new ArrayList<>());
        assertThat(keys).contains(List.of("record", "at"), List.of("capture"));
    }
}
