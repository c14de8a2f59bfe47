package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.mongo.EventField;
import io.trazo.mongo.EventHit;
import io.trazo.mongo.EventQueries;
import io.trazo.mongo.EventSelection;
import io.trazo.mongo.EventSelection.Condition;
import io.trazo.query.QueryProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The EPCIS 2.0 REST binding's event resources: {@code GET /events} (SimpleEventQuery in the query
 * string), {@code /events/{eventID}}, and {@code /{resource}/{value}/events} for the top-level resources,
 * which add their value as a condition. Results are EPCISQueryDocuments, paged as the binding says
 * ({@code perPage}, {@code nextPageToken}, {@code Link: <…>; rel="next"}).
 */
@RestController
class EventsController {

    /** The top-level resources whose {@code /{value}/events} select on a field, and the field. */
    static final Map<String, EventField> RESOURCES = Map.of("eventTypes", EventField.EVENT_TYPE, "epcs", EventField.ANY_EPC,
            "bizSteps", EventField.BIZ_STEP, "bizLocations", EventField.BIZ_LOCATION, "readPoints", EventField.READ_POINT,
            "dispositions", EventField.DISPOSITION);
    private static final String JSON_LD = "application/ld+json";
    private static final String QUERY_DOC = """
            Every parameter is understood or refused (400 QueryParameterException); none is ignored. Supported: eventType; \
            GE_/LT_eventTime; GE_/LT_recordTime (the repository's acceptance time); EQ_action; EQ_bizStep; EQ_disposition; \
            EQ_persistentDisposition_set/_unset; EQ_/WD_readPoint; EQ_/WD_bizLocation (WD_ = EQ_: no location hierarchy); \
            EQ_transformationID; MATCH_epc, MATCH_parentID, MATCH_inputEPC, MATCH_outputEPC, MATCH_anyEPC, MATCH_epcClass, \
            MATCH_inputEPCClass, MATCH_outputEPCClass, MATCH_anyEPCClass (identifiers or urn:epc:idpat patterns); \
            EQ_/GT_/GE_/LT_/LE_quantity and _quantity_<UOM>; EQ_eventID; EXISTS_errorDeclaration, GE_/LT_errorDeclarationTime, \
            EQ_errorReason, EQ_correctiveEventID; EQ_source_<type>, EQ_destination_<type>, EQ_bizTransaction_<type>; \
            EQ_/GT_/GE_/LT_/LE_[INNER_][ILMD_|ERROR_DECLARATION_|SENSORELEMENT_|SENSORMETADATA_|SENSORREPORT_|readPoint_|\
            bizLocation_]<field> and EXISTS_[INNER_][ILMD_|ERROR_DECLARATION_]<field>, where <field> is <namespace IRI>#<name> or \
            prefix:name with the prefix declared in the GS1-Extensions header (trazo needs none), matched by the IRI it expands to \
            whatever prefix the event binds to it; the sensor parameters \
            (EXISTS_sensorElementList, GE_/LT_time, _startTime, _endTime, EQ_type, EQ_deviceID, EQ_dataProcessingMethod, \
            EQ_microorganism, EQ_chemicalSubstance, EQ_bizRules, EQ_stringValue, EQ_booleanValue, EQ_hexBinaryValue, EQ_uriValue, \
            _percRank, EQ_/GT_/GE_/LT_/LE_value|minValue|maxValue|meanValue|sDev|percValue_<UOM>); HASATTR_ and EQ_ATTR_ \
            (no master data is kept, so nothing matches); orderBy (eventTime or recordTime), orderDirection, \
            eventCountLimit, maxEventCount; perPage and nextPageToken. docs/operations.md §EPCIS queries gives the semantics.""";

    private final EventQueries queries;
    private final QueryProperties properties;

    EventsController(EventQueries queries, QueryProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @Operation(summary = "EPCIS 2.0 SimpleEventQuery over the ledger's accepted events (EPCIS 2.0 §8.2.7.1, REST binding)",
            description = QUERY_DOC)
    @ApiResponse(responseCode = "200", description = "an EPCISQueryDocument; a Link header with rel=\"next\" when more pages follow")
    @ApiResponse(responseCode = "400", description = "epcisException:QueryParameterException: an unknown, unsupported, repeated or"
            + " mistyped parameter, or a forbidden combination", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "406", description = "epcisException:NotAcceptableException: GS1-EPCIS-/GS1-CBV-Version, -Min or -Max"
            + " that excludes 2.0.0", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "epcisException:QueryTooLargeException (more than maxEventCount) or"
            + " QueryTooComplexException (not countable within the scan limit)", content = @Content(mediaType = "application/problem+json"))
    @GetMapping(value = "/events", produces = {JSON_LD, "application/json"})
    ResponseEntity<Map<String, Object>> events(@Parameter(description = "SimpleEventQuery parameters, one each; list values"
            + " separated by |", explode = Explode.TRUE) @RequestParam MultiValueMap<String, String> params,
            @Parameter(description = "prefixes of extension fields named prefix:field, as prefix=namespace IRI, comma-separated")
            @RequestHeader(value = "GS1-Extensions", required = false) String extensions) {
        return run(params, List.of(), extensions);
    }

    @GetMapping(value = "/{resource:eventTypes|epcs|bizSteps|bizLocations|readPoints|dispositions}/{value}/events", produces = {JSON_LD, "application/json"})
    ResponseEntity<Map<String, Object>> byResource(@PathVariable String resource, @PathVariable String value,
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "GS1-Extensions", required = false) String extensions) {
        return run(params, List.of(condition(resource, value)), extensions);
    }

    /** {@code /events/{eventID}}: the event whose CBV 2.0 hash ID, or own {@code eventID}, this is. */
    @Operation(summary = "One event by its eventID (percent-encoded: ni:///sha-256;…?ver=CBV2.0 or the event's own ID)")
    @ApiResponse(responseCode = "404", description = "epcisException:NoSuchResourceException",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(value = "/events/{*eventID}", produces = {JSON_LD, "application/json"})
    Map<String, Object> event(@PathVariable String eventID) {
        String id = eventID.startsWith("/") ? eventID.substring(1) : eventID;
        EventSelection one = new EventSelection(List.of(Condition.anyOf(EventField.EVENT_ID, Set.of(id))), EventSelection.Range.ALL,
                EventSelection.Range.ALL, EventSelection.Order.DEFAULT);
        List<EventHit> hits = queries.events(one, Optional.empty(), 1, r -> true, 1).hits();
        if (hits.isEmpty()) {
            throw EpcisException.noSuchResource("event", id);
        }
        return EventDocuments.single(EventDocuments.event(hits.get(0)));
    }

    /** The condition a REST path adds; values are canonical as in the query parameters ({@code shipping} is a CBV bizStep). */
    static Condition condition(String resource, String value) {
        EventField field = RESOURCES.get(resource);
        if (field == null) {
            throw EpcisException.noSuchResource("resource", resource);
        }
        Set<String> values = switch (field) {
            case BIZ_STEP -> QueryValues.bizSteps(resource, value);
            case DISPOSITION -> QueryValues.dispositions(resource, value);
            default -> Set.of(value);
        };
        return Condition.anyOf(field, values);
    }

    private ResponseEntity<Map<String, Object>> run(MultiValueMap<String, String> params, List<Condition> implied, String extensions) {
        SimpleEventQuery q = QueryParser.parse(params, implied, ExtensionName.declared(extensions));
        int perPage = perPage(params.getFirst("perPage"));
        Optional<PageToken> token = Optional.ofNullable(params.getFirst("nextPageToken")).map(PageToken::decode);
        OptionalInt remaining = token.map(PageToken::remaining).orElse(q.eventCountLimit());
        int n = remaining.isPresent() ? Math.min(perPage, remaining.getAsInt()) : perPage;
        Predicate<StoredRecord> keep = q.tests().isEmpty() ? r -> true : r -> q.test(event(r));
        if (q.maxEventCount().isPresent() && token.isEmpty()) {
            checkCount(q, keep, q.maxEventCount().getAsInt());
        }
        EventHit.Page page = queries.events(q.selection(), token.map(PageToken::cursor), n, keep, properties.eventScanLimit());
        List<EventDocuments.Served> events = new ArrayList<>();
        page.hits().forEach(h -> events.add(EventDocuments.event(h)));
        OptionalInt left = remaining.isPresent() ? OptionalInt.of(remaining.getAsInt() - events.size()) : OptionalInt.empty();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.next().isPresent() && (left.isEmpty() || left.getAsInt() > 0)) {
            String next = new PageToken(page.next().get(), left).encode();
            ok.header("Link", "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("nextPageToken", next)
                    .build().toUriString() + ">; rel=\"next\"");
        }
        return ok.body(EventDocuments.queryDocument(events));
    }

    /** maxEventCount (§8.2.7.1): count up to one past the limit; a scan that ends before it cannot tell, and says so. */
    private void checkCount(SimpleEventQuery q, Predicate<StoredRecord> keep, int max) {
        EventHit.Page probe = queries.events(q.selection(), Optional.empty(), max + 1, keep, properties.eventScanLimit());
        if (probe.hits().size() > max) {
            throw EpcisException.tooLarge(max);
        }
        if (probe.next().isPresent()) {
            throw EpcisException.tooComplex(properties.eventScanLimit());
        }
    }

    private int perPage(String raw) {
        if (raw == null) {
            return properties.maxPageSize();
        }
        int n = QueryValues.positive("perPage", raw);
        if (n > properties.maxPageSize()) {
            throw EpcisException.parameter("perPage", "expected 1 to " + properties.maxPageSize() + ", got " + n);
        }
        return n;
    }

    private static JsonObject event(StoredRecord r) {
        SignedRecord record = RecordCodec.parse(r.wire());
        return EventDocuments.queryView(record, EventRecords.read(record).event().json());
    }
}
