package io.trazo.query.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.provenance.TracedRecord;
import io.trazo.query.location.GlnLocations;
import io.trazo.query.location.PlaceView;
import io.trazo.mongo.TimeCursor;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A trace as a story: one step per event, ordered by event time (then record hash), a page at a time. */
record JourneyView(String lot, String direction, int totalSteps, List<Step> steps, String next) {

    record Step(String time, String bizStep, String eventType, String action, String actor, String counterparty, String bizLocation,
            String readPoint,
            @Schema(description = "The place of the step's bizLocation, else of its readPoint, when that names a GLN whose location "
                    + "record speaks for it (docs/protocol.md §8.7); null otherwise") PlaceView place,
            List<String> inputs, List<String> outputs, List<Amount> quantities, String record) {}

    record Amount(String lot, java.math.BigDecimal amount, String uom, String direction) {}

    static Step step(TracedRecord t, GlnLocations places) {
        EpcisEvent e = t.epcisEvent().orElseThrow();
        String bizLocation = e.bizLocation().orElse(null);
        String readPoint = readPoint(e).orElse(null);
        PlaceView place = places.placeOf(bizLocation).or(() -> places.placeOf(readPoint)).map(PlaceView::of).orElse(null);
        return new Step(t.record().time().toString(), e.bizStep(), e.type().wire(), e.action().orElse(null), t.record().actor(),
                t.record().counterparty().orElse(null), bizLocation, readPoint, place, e.inputs(), e.outputs(),
                e.quantities().stream().map(q -> new Amount(q.epcClass(), q.amount().orElse(null), q.uom(), q.direction().name())).toList(),
                t.record().hash().hex());
    }

    /** The steps of {@code trace} after {@code after} (all when empty), at most {@code page} of them. */
    static JourneyView page(Trace trace, int page, Optional<TimeCursor> after, GlnLocations places) {
        Comparator<TracedRecord> order = Comparator.comparing((TracedRecord t) -> t.record().time()).thenComparing(t -> t.record().hash().hex());
        List<TracedRecord> rest = trace.records().stream().filter(t -> t.epcisEvent().isPresent()).sorted(order)
                .filter(t -> after.map(c -> t.record().time().isAfter(c.time())
                        || (t.record().time().equals(c.time()) && t.record().hash().hex().compareTo(c.hash()) > 0)).orElse(true))
                .toList();
        List<TracedRecord> slice = rest.subList(0, Math.min(page, rest.size()));
        String next = null;
        if (rest.size() > page) {
            TracedRecord last = slice.get(slice.size() - 1);
            next = new TimeCursor(last.record().time(), last.record().hash().hex()).encode();
        }
        return of(trace, slice, next, places);
    }

    static JourneyView of(Trace trace, List<TracedRecord> page, String next, GlnLocations places) {
        return new JourneyView(trace.lot(), trace.direction().name().toLowerCase(), trace.records().size(),
                page.stream().map(t -> step(t, places)).toList(), next);
    }

    private static Optional<String> readPoint(EpcisEvent e) {
        return e.json().get("readPoint").filter(JsonObject.class::isInstance).map(JsonObject.class::cast).flatMap(r -> r.get("id"))
                .filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }
}
