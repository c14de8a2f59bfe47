package io.trazo.query.epcis;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.mongo.EventField;
import io.trazo.mongo.EventQueries;
import io.trazo.mongo.EventSelection;
import io.trazo.query.QueryProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Discovery and the top-level collections of the EPCIS 2.0 REST binding: {@code GET /} lists the
 * resources, {@code /eventTypes}, {@code /epcs}, {@code /bizSteps}, {@code /bizLocations},
 * {@code /readPoints} and {@code /dispositions} list the values the repository holds (paged like
 * {@code /events}), {@code /{resource}/{value}} lists its sub-resource, and {@code OPTIONS} on any of
 * them answers 204 with the version headers ({@link EpcisNegotiation} sets them). {@code /queries} is 501.
 */
@RestController
class ResourcesController {

    static final List<String> TOP_LEVEL = List.of("events", "eventTypes", "epcs", "bizSteps", "bizLocations", "readPoints", "dispositions");
    private final EventQueries queries;
    private final QueryProperties properties;

    ResourcesController(EventQueries queries, QueryProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping(value = "/", produces = {"application/ld+json", "application/json"})
    Map<String, Object> root() {
        return EventDocuments.collection(TOP_LEVEL);
    }

    @GetMapping(value = "/eventTypes", produces = {"application/ld+json", "application/json"})
    Map<String, Object> eventTypes() {
        return EventDocuments.collection(QueryParser.EVENT_TYPES);
    }

    /** The distinct values of a resource's field in the store, in order, paged by value. */
    @GetMapping(value = "/{resource:epcs|bizSteps|bizLocations|readPoints|dispositions}", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> values(@PathVariable String resource, @RequestParam(required = false) String perPage,
            @RequestParam(required = false) String nextPageToken) {
        int n = perPage == null ? properties.maxPageSize() : Math.min(QueryValues.positive("perPage", perPage), properties.maxPageSize());
        String after = nextPageToken == null ? "" : afterValue(nextPageToken);
        List<String> values = queries.distinct(EventsController.RESOURCES.get(resource), after, n + 1);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (values.size() > n) {
            values = values.subList(0, n);
            String token = Base64Url.encode(values.get(n - 1).getBytes(StandardCharsets.UTF_8));
            ok.header("Link", "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("nextPageToken", token)
                    .build().toUriString() + ">; rel=\"next\"");
        }
        return ok.body(EventDocuments.collection(values));
    }

    /** {@code /{resource}/{value}}: its one sub-resource, if the repository holds any event with that value. */
    @GetMapping(value = "/{resource:eventTypes|epcs|bizSteps|bizLocations|readPoints|dispositions}/{value}", produces = {"application/ld+json", "application/json"})
    Map<String, Object> value(@PathVariable String resource, @PathVariable String value) {
        EventSelection one = new EventSelection(List.of(EventsController.condition(resource, value)), EventSelection.Range.ALL,
                EventSelection.Range.ALL, EventSelection.Order.DEFAULT);
        if (queries.events(one, Optional.empty(), 1, r -> true, 1).hits().isEmpty()) {
            throw EpcisException.noSuchResource(resource.substring(0, resource.length() - 1), value);
        }
        return EventDocuments.collection(List.of("events"));
    }

    @RequestMapping(method = RequestMethod.OPTIONS, value = {"/", "/events", "/events/**", "/eventTypes/**", "/epcs/**", "/bizSteps/**",
            "/bizLocations/**", "/readPoints/**", "/dispositions/**"})
    ResponseEntity<Void> options() {
        return ResponseEntity.noContent().header("Allow", "OPTIONS, GET").build();
    }

    /** Named queries and subscriptions need stored state and authenticated writes: a component of their own, not this read-only service. */
    @RequestMapping({"/queries", "/queries/**"})
    ResponseEntity<ProblemDetail> queries() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED, "Named queries and subscriptions (EPCIS 2.0"
                + " /queries) are not part of this read-only service; they will come as a component of their own. Use GET /events"
                + " with SimpleEventQuery parameters.");
        p.setType(URI.create("https://trazo.dev/problems/named-queries-not-implemented"));
        p.setTitle("Named queries not implemented");
        return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static String afterValue(String token) {
        try {
            return new String(Base64Url.decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw EpcisException.parameter("nextPageToken", "not a token this repository issued");
        }
    }
}
