package io.trazo.mongo;

import static io.trazo.demo.CoffeeJourney.CONTAINER;
import static io.trazo.demo.CoffeeJourney.GREEN_BAG_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.mongo.EventSelection.Condition;
import io.trazo.mongo.EventSelection.Order;
import io.trazo.mongo.EventSelection.Range;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The EPCIS selection runs on the indexed attribute entries of the journey's event records. */
class EventQueriesTest {

    private static MongoDatabase db;
    private static EventQueries queries;

    @BeforeAll
    static void fill() {
        db = MongoTarget.shared().freshDatabase("event-queries-");
        JourneyLedger.fill(new MongoLedgerStore(db).ensureIndexes());
        queries = new EventQueries(db);
    }

    private static List<Instant> times(EventSelection s) {
        return queries.events(s, Optional.empty(), 100, r -> true, 1000).hits().stream().map(h -> h.record().time()).toList();
    }

    private static EventSelection where(Condition... c) {
        return new EventSelection(List.of(c), Range.ALL, Range.ALL, Order.DEFAULT);
    }

    @Test
    void aMatchOnOneRoleOfAnIdentifierSelectsOnlyThatRole() {
        assertThat(times(where(Condition.anyOf(EventField.PARENT_ID, Set.of(CONTAINER))))).containsExactly(
                Instant.parse("2026-10-27T13:00:00Z"), Instant.parse("2026-11-14T16:00:00Z"));
        assertThat(times(where(Condition.anyOf(EventField.EPC, Set.of(CONTAINER))))).hasSize(3);
        assertThat(times(where(Condition.anyOf(EventField.ANY_EPC, Set.of(CONTAINER))))).hasSize(5);
        assertThat(times(where(Condition.anyOf(EventField.OUTPUT_EPC_CLASS, Set.of(GREEN_BAG_1))))).containsExactly(
                Instant.parse("2026-10-24T15:00:00Z"));
    }

    @Test
    void aPrefixMatchesIdentifiersThatBeginWithItAndNoOthers() {
        Condition pattern = new Condition(EventField.EPC_CLASS, Set.of(), Set.of("urn:epc:class:lgtin:7709876.054321."));
        assertThat(times(where(pattern))).containsExactly(Instant.parse("2026-10-27T13:00:00Z"),
                Instant.parse("2026-11-14T16:00:00Z"), Instant.parse("2026-11-17T18:00:00Z"));
        assertThat(times(where(new Condition(EventField.EPC_CLASS, Set.of(), Set.of("urn:epc:class:lgtin:7709876.05432."))))).isEmpty();
    }

    @Test
    void everyAcceptedEventCarriesAServerSetRecordTimeAndDescendingOrderReversesTheResults() {
        EventHit.Page all = queries.events(new EventSelection(List.of(), Range.ALL, Range.ALL, new Order(Order.By.RECORD_TIME, true)),
                Optional.empty(), 100, r -> true, 1000);
        assertThat(all.hits()).hasSize(17).allSatisfy(h -> assertThat(h.recordTime()).isPresent());
        for (int i = 1; i < all.hits().size(); i++) {
            assertThat(all.hits().get(i - 1).recordTime().get()).isAfterOrEqualTo(all.hits().get(i).recordTime().get());
        }
    }

    @Test
    void theDistinctValuesOfAFieldAreListedInOrderAfterTheGivenOne() {
        assertThat(queries.distinct(EventField.EVENT_TYPE, "", 10)).containsExactly("AggregationEvent", "ObjectEvent",
                "TransactionEvent", "TransformationEvent");
        assertThat(queries.distinct(EventField.EVENT_TYPE, "ObjectEvent", 1)).containsExactly("TransactionEvent");
    }

    @Test
    void everyEventFieldButTheBizStepIsAFlatEntryOfOneIndexedArray() {
        Document shipping = db.getCollection(LedgerCollections.RECORDS).find(Filters.and(Filters.eq("type", "event"),
                Filters.eq(EventAttributes.FIELD, EventAttributes.entry("epc", CONTAINER)))).first();
        assertThat(shipping).isNotNull();
        assertThat(shipping.getList(EventAttributes.FIELD, Object.class)).isNotEmpty().allSatisfy(e -> assertThat(e).isInstanceOf(String.class))
                .contains("eventType=ObjectEvent", "eventID=" + shipping.getString("eventId"));
        assertThat(shipping).doesNotContainKey(EventIndexes.FORMER_PROJECTION);
    }

    @Test
    void recordsKeepsOnlyTheIndexesItsQueriesUse() {
        List<String> names = new ArrayList<>();
        db.getCollection(LedgerCollections.RECORDS).listIndexes().forEach(i -> names.add(i.getString("name")));
        assertThat(names).containsExactlyInAnyOrder("_id_", "position_unique", "state", "actor_time", "bizStep_time", "subjects_time",
                EventIndexes.ATTRIBUTES_INDEX, "recordTime__id", "type_time__id");
    }

    @Test
    void theEventIdLookUpFindsTheRecordByItsHashIdOnly() {
        Document shipping = db.getCollection(LedgerCollections.RECORDS).find(Filters.and(Filters.eq("type", "event"),
                Filters.eq(EventAttributes.FIELD, EventAttributes.entry("epc", CONTAINER)))).first();
        LedgerQueries ledger = new LedgerQueries(db);
        assertThat(ledger.byEventId(shipping.getString("eventId"))).hasValueSatisfying(h -> assertThat(h.hex()).isEqualTo(shipping.getString("_id")));
        assertThat(ledger.byEventId("ni:///sha-256;" + "00".repeat(32) + "?ver=CBV2.0")).isEmpty();
    }

    /** A store written by the schema before the attribute index: a {@code q} sub-document, an index per field, no recordTime. */
    @Test
    void anOlderStoreGetsTheEntriesAndLosesTheRetiredIndexesOnceAndIdempotently() {
        MongoDatabase old = MongoTarget.shared().freshDatabase("event-backfill-");
        JourneyLedger.fill(new MongoLedgerStore(old).ensureIndexes());
        MongoCollection<Document> records = old.getCollection(LedgerCollections.RECORDS);
        records.updateMany(Filters.eq("type", "event"), Updates.combine(Updates.unset(EventAttributes.FIELD),
                Updates.set(EventIndexes.FORMER_PROJECTION, new Document("eventType", "ObjectEvent")), Updates.unset(EventQueries.RECORD_TIME)));
        records.createIndex(Indexes.ascending("q.anyEPC", "time"), new IndexOptions().name("q.anyEPC_time"));
        records.createIndex(Indexes.ascending("q.eventType", "time"), new IndexOptions().name("q.eventType_time"));
        records.createIndex(Indexes.ascending("eventId"), new IndexOptions().name("eventId").sparse(true));
        old.getCollection(LedgerCollections.COUNTERS).deleteOne(Filters.eq("_id", EventIndexes.BACKFILL_MARKER));
        EventQueries older = new EventQueries(old);
        assertThat(older.events(where(Condition.anyOf(EventField.ANY_EPC, Set.of(CONTAINER))), Optional.empty(), 100, r -> true, 1000)
                .hits()).isEmpty();

        new MongoLedgerStore(old).ensureIndexes();
        new MongoLedgerStore(old).ensureIndexes();

        assertThat(older.events(where(Condition.anyOf(EventField.ANY_EPC, Set.of(CONTAINER))), Optional.empty(), 100, r -> true, 1000)
                .hits()).hasSize(5);
        assertThat(records.countDocuments(Filters.and(Filters.eq("type", "event"), Filters.exists(EventQueries.RECORD_TIME, false))))
                .isZero();
        assertThat(records.countDocuments(Filters.exists(EventIndexes.FORMER_PROJECTION))).isZero();
        List<String> names = new ArrayList<>();
        records.listIndexes().forEach(i -> names.add(i.getString("name")));
        assertThat(names).doesNotContainAnyElementsOf(EventIndexes.RETIRED).contains(EventIndexes.ATTRIBUTES_INDEX);
    }

    @Test
    void prefixesAreEscapedSoMetacharactersMatchThemselves() {
        assertThat(EventQueries.escape("urn:a.b*(c)")).isEqualTo("urn:a\\.b\\*\\(c\\)");
    }
}
