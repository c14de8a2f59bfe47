package io.trazo.query.web;

import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.provenance.TracedRecord;
import java.util.List;

/** A trace as a story: one step per event, ordered by event time (then record hash), a page at a time. */
record JourneyView(String lot, String direction, int totalSteps, List<Step> steps, String next) {

    record Step(String time, String bizStep, String eventType, String action, String actor, String counterparty, String bizLocation,
            List<String> inputs, List<String> outputs, List<Amount> quantities, String record) {}

    record Amount(String lot, java.math.BigDecimal amount, String uom, String direction) {}

    static Step step(TracedRecord t) {
        EpcisEvent e = t.epcisEvent().orElseThrow();
        return new Step(t.record().time().toString(), e.bizStep(), e.type().wire(), e.action().orElse(null), t.record().actor(),
                t.record().counterparty().orElse(null), e.bizLocation().orElse(null), e.inputs(), e.outputs(),
                e.quantities().stream().map(q -> new Amount(q.epcClass(), q.amount().orElse(null), q.uom(), q.direction().name())).toList(),
                t.record().hash().hex());
    }

    static JourneyView of(Trace trace, List<TracedRecord> page, String next) {
        return new JourneyView(trace.lot(), trace.direction().name().toLowerCase(), trace.records().size(),
                page.stream().map(JourneyView::step).toList(), next);
    }
}
