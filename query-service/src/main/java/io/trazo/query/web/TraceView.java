package io.trazo.query.web;

import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.provenance.Trace;
import io.trazo.ledger.provenance.TracedRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trace as a DAG: record nodes (edges are their links) and lot nodes (the records that touched each
 * lot, in chain order). Nodes come in ledger order, a page at a time; {@code next} is the cursor.
 */
record TraceView(String lot, String direction, String head, int totalRecords, List<Node> records, List<LotNode> lots, String next) {

    record Node(String hash, long position, String type, String eventType, String bizStep, String actor, String counterparty,
            String time, Map<String, Long> lots, List<RecordView.LinkView> links) {}

    record LotNode(String lot, List<String> records) {}

    static TraceView of(Trace trace, List<TracedRecord> page, String next) {
        List<Node> nodes = new ArrayList<>();
        Map<String, List<String>> lots = new LinkedHashMap<>();
        for (TracedRecord t : page) {
            EpcisEvent e = t.epcisEvent().orElse(null);
            nodes.add(new Node(t.record().hash().hex(), t.position(), t.record().type().wire(), e == null ? null : e.type().wire(),
                    e == null ? null : e.bizStep(), t.record().actor(), t.record().counterparty().orElse(null), t.record().time().toString(),
                    t.stored().lotPositions(), t.record().links().stream().map(l -> new RecordView.LinkView(l.lot(), l.prev().hex())).toList()));
            t.stored().lotPositions().keySet().forEach(l -> lots.computeIfAbsent(l, k -> new ArrayList<>()).add(t.record().hash().hex()));
        }
        return new TraceView(trace.lot(), trace.direction().name().toLowerCase(), trace.head().hex(), trace.records().size(), nodes,
                lots.entrySet().stream().map(x -> new LotNode(x.getKey(), x.getValue())).toList(), next);
    }
}
