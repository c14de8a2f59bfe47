package io.trazo.query.epcis;

import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.QueryProperties;
import io.trazo.mongo.LedgerQueries;
import io.trazo.mongo.RecordPage;
import io.trazo.mongo.TimeCursor;
import io.trazo.query.web.BadParameterException;
import io.trazo.query.web.JsonValues;
import io.trazo.query.web.Params;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /events}: the EPCIS 2.0 REST binding's event query (EPCIS 2.0 §12.6, openapi.yaml
 * {@code /events}) for EQ_bizStep, GE_eventTime, LT_eventTime, MATCH_epc, MATCH_anyEPC, EQ_bizLocation,
 * answered with an EPCISQueryDocument; pages follow the binding: {@code perPage}, {@code nextPageToken}
 * and a {@code Link: <…>; rel="next"} header.
 *
 * <p>With MATCH_* the candidates are the named lots' chains, read by exact key; otherwise the
 * {@code {bizStep, time}} index (EQ_bizStep) or a time-ordered scan of event records, capped per request.
 */
@RestController
class EpcisQueryController {

    private static final List<String> CONTEXT = List.of("https://ref.gs1.org/standards/epcis/epcis-context.jsonld");
    private final LedgerReader reader;
    private final LedgerQueries queries;
    private final QueryProperties properties;

    EpcisQueryController(LedgerReader reader, LedgerQueries queries, QueryProperties properties) {
        this.reader = reader;
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping(value = "/events", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> events(@RequestParam(name = "EQ_bizStep", required = false) String bizStep,
            @RequestParam(name = "GE_eventTime", required = false) String ge, @RequestParam(name = "LT_eventTime", required = false) String lt,
            @RequestParam(name = "MATCH_epc", required = false) List<String> matchEpc,
            @RequestParam(name = "MATCH_anyEPC", required = false) List<String> matchAnyEpc,
            @RequestParam(name = "EQ_bizLocation", required = false) String bizLocation,
            @RequestParam(required = false) Integer perPage, @RequestParam(required = false) String nextPageToken) {
        EventQuery query = new EventQuery(Optional.ofNullable(bizStep).map(s -> Params.bizStep("EQ_bizStep", s)),
                Params.time("GE_eventTime", ge), Params.time("LT_eventTime", lt), epcs("MATCH_epc", matchEpc),
                epcs("MATCH_anyEPC", matchAnyEpc), Optional.ofNullable(bizLocation));
        int n = Params.limit("perPage", perPage, properties.maxPageSize());
        Optional<TimeCursor> after = Params.cursor("nextPageToken", nextPageToken);
        RecordPage page = query.chains().isEmpty() ? scan(query, n, after) : chains(query, n, after);
        List<Object> events = new ArrayList<>();
        for (StoredRecord r : page.records()) {
            EventRecord e = EventRecords.read(RecordCodec.parse(r.wire()));
            @SuppressWarnings("unchecked")
            Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) JsonValues.plain(e.event().json()));
            json.putIfAbsent("eventID", e.eventId());
            events.add(json);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("type", "EPCISQueryDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", Instant.now().toString());
        document.put("epcisBody", Map.of("queryResults", Map.of("queryName", "SimpleEventQuery",
                "resultsBody", Map.of("eventList", events))));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header("GS1-EPCIS-Version", "2.0.0").header("GS1-CBV-Version", "2.0.0");
        page.next().ifPresent(c -> ok.header("Link", "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("nextPageToken", c.encode()).build().toUriString() + ">; rel=\"next\""));
        return ok.body(document);
    }

    private RecordPage scan(EventQuery q, int n, Optional<TimeCursor> after) {
        return queries.events(q.bizStep(), q.from().orElse(Instant.EPOCH), q.to().orElse(Instant.parse("9999-12-31T23:59:59Z")), after, n,
                r -> q.matches(EventRecords.read(RecordCodec.parse(r.wire()))), properties.eventScanLimit());
    }

    private RecordPage chains(EventQuery q, int n, Optional<TimeCursor> after) {
        Map<String, StoredRecord> found = new HashMap<>();
        for (String lot : q.chains()) {
            for (long p = 0; found.size() <= properties.maxTraceRecords(); p++) {
                Optional<StoredRecord> r = reader.claimAt(lot, p).flatMap(reader::record).filter(x -> x.state() == RecordState.ACCEPTED);
                if (r.isEmpty()) {
                    break;
                }
                found.putIfAbsent(r.get().hash().hex(), r.get());
            }
        }
        List<StoredRecord> matching = found.values().stream()
                .filter(r -> q.matches(EventRecords.read(RecordCodec.parse(r.wire()))))
                .sorted(Comparator.comparing(StoredRecord::time).thenComparing(r -> r.hash().hex()))
                .filter(r -> after.map(c -> r.time().isAfter(c.time()) || r.time().equals(c.time()) && r.hash().hex().compareTo(c.hash()) > 0)
                        .orElse(true))
                .toList();
        List<StoredRecord> slice = matching.subList(0, Math.min(n, matching.size()));
        Optional<TimeCursor> next = matching.size() > n
                ? Optional.of(new TimeCursor(slice.get(n - 1).time(), slice.get(n - 1).hash().hex())) : Optional.empty();
        return new RecordPage(slice, next);
    }

    private static List<String> epcs(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String s : v.split("\\|")) {
                if (!Identifiers.isLot(s)) {
                    throw BadParameterException.of(name, "\"" + s + "\" is not an EPC or EPC class URI");
                }
                out.add(s);
            }
        }
        return out;
    }
}
