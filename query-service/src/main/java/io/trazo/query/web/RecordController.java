package io.trazo.query.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.QueryProperties;
import io.trazo.mongo.LedgerQueries;
import io.trazo.mongo.RecordPage;
import io.trazo.mongo.StoreIntegrityException;
import io.trazo.query.store.LogLeafCheck;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Records by hash (exact key), by CBV event hash ID, by actor, by business step and by type (secondary indexes). */
@RestController
class RecordController {

    private static final Instant EPOCH = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");
    private final LedgerReader reader;
    private final LedgerQueries queries;
    private final LogLeafCheck leaves;
    private final int maxPage;

    RecordController(LedgerReader reader, LedgerQueries queries, LogLeafCheck leaves, QueryProperties properties) {
        this.reader = reader;
        this.leaves = leaves;
        this.queries = queries;
        this.maxPage = properties.maxPageSize();
    }

    /**
     * The reader has checked the record hash; a single record also gets the log-leaf check, which covers
     * its signatures. A record the log holds but the store lacks was deleted: that is an integrity
     * problem, not an unknown record.
     */
    @GetMapping("/records/{hash}")
    RecordView record(@PathVariable String hash) {
        Digest key = Params.hash("hash", hash);
        Optional<StoredRecord> stored = reader.record(key).filter(r -> r.state() == RecordState.ACCEPTED);
        if (stored.isEmpty()) {
            leaves.loggedAt(key).ifPresent(leaf -> {
                throw StoreIntegrityException.missing(key, "the transparency log (leaf " + leaf + ")");
            });
            throw NotFoundException.record(hash);
        }
        LogLeafCheck.Coverage log = leaves.check(List.of(stored.get()));
        return RecordView.of(stored.get()).withLogLeaf(log.logged() == 1 ? "matched" : "not-yet-logged");
    }

    @GetMapping("/records")
    Page records(@RequestParam(required = false) String eventId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String bizStep,
            @Parameter(description = "a record type, e.g. certificate, certificate_status, plot, location, audit_report, event, actor")
            @RequestParam(required = false) String type, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        long selectors = Stream.of(eventId, actor, bizStep, type).filter(s -> s != null).count();
        if (selectors != 1) {
            throw BadParameterException.of("eventId|actor|bizStep|type", "give exactly one of eventId, actor, bizStep or type");
        }
        if (eventId != null) {
            if (!Identifiers.EVENT_HASH_ID.matcher(eventId).matches()) {
                throw BadParameterException.of("eventId", "expected a CBV 2.0 event hash ID ni:///sha-256;<hex>?ver=CBV2.0");
            }
            StoredRecord r = queries.byEventId(eventId).flatMap(reader::record).orElseThrow(() -> NotFoundException.record(eventId));
            return new Page(List.of(RecordView.of(r)), null);
        }
        Instant start = Params.time("from", from).orElse(EPOCH);
        Instant end = Params.time("to", to).orElse(END);
        int n = Params.limit("limit", limit, maxPage);
        RecordPage page;
        if (actor != null) {
            if (!Identifiers.ACTOR.matcher(actor).matches() && !actor.equals(Identifiers.GOVERNANCE_ACTOR)) {
                throw BadParameterException.of("actor", "expected an actor URI urn:trazo:actor:<name>");
            }
            page = queries.byActor(actor, start, end, Params.cursor("cursor", cursor), n);
        } else if (type != null) {
            page = queries.byType(Params.recordType("type", type), start, end, Params.cursor("cursor", cursor), n);
        } else {
            page = queries.byBizStep(Params.bizStep("bizStep", bizStep), start, end, Params.cursor("cursor", cursor), n);
        }
        return new Page(page.records().stream().map(RecordView::of).toList(), page.next().map(c -> c.encode()).orElse(null));
    }

    record Page(List<RecordView> records, String next) {}
}
