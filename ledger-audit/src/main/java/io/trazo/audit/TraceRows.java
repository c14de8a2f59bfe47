package io.trazo.audit;

import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.event.EventType;
import io.trazo.ledger.encoding.JsonString;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a folded event into FSMA 204 critical tracking events: harvesting, shipping, receiving, transformation. */
final class TraceRows {

    private final AuditFold fold;

    TraceRows(AuditFold fold) {
        this.fold = fold;
    }

    /** Sets what a lot made by this event is and where its code was assigned. */
    void describe(LotState lot, AuditRecord r, EpcisEvent e) {
        StringBuilder product = new StringBuilder("coffee");
        Extensions.outputForm(e).ifPresent(f -> product.append(", ").append(f.wire().replace('_', ' ')));
        for (String member : new String[] {"trazo:variety", "trazo:process"}) {
            Extensions.member(e, member).filter(JsonString.class::isInstance).ifPresent(v -> product.append(", ").append(((JsonString) v).value()));
        }
        lot.product = product.toString();
        lot.tlcSource = party(r.actor(), e);
    }

    void rows(AuditRecord r, EventRecord er, Set<String> fresh, List<EpcisEvent.Quantity> moved) {
        EpcisEvent e = er.event();
        String types = er.documents().stream().map(EventRecord.DocumentRef::type).collect(Collectors.joining(";"));
        String numbers = er.documents().stream().map(EventRecord.DocumentRef::id).collect(Collectors.joining(";"));
        if (e.type() == EventType.TRANSFORMATION) {
            for (EpcisEvent.Quantity q : e.quantities()) {
                if (q.direction() == EpcisEvent.Direction.OUT) {
                    add(r, "transformation", q, party(r.actor(), e), "", types, numbers, e.inputs());
                }
            }
        } else if (r.counterparty().isPresent()) {
            boolean receiving = e.bizStep().endsWith("receiving");
            String giver = receiving ? r.counterparty().get() : r.actor();
            String receiver = receiving ? r.actor() : r.counterparty().get();
            for (EpcisEvent.Quantity q : moved) {
                add(r, receiving ? "receiving" : "shipping", q, party(giver, receiving ? null : e), party(receiver, receiving ? e : null),
                        types, numbers, List.of());
            }
        } else if (e.bizStep().endsWith("harvesting")) {
            for (EpcisEvent.Quantity q : e.quantities()) {
                if (fresh.contains(q.epcClass())) {
                    add(r, "harvesting", q, party(r.actor(), e), "", types, numbers, List.of());
                }
            }
        }
    }

    private void add(AuditRecord r, String cte, EpcisEvent.Quantity q, String from, String to, String types, String numbers,
            List<String> inputs) {
        LotState lot = fold.state(q.epcClass());
        if (lot == null) {
            return;
        }
        fold.row(lot, new TraceRow(r.time(), cte, q.epcClass(), q.amount(), q.uom(), lot.product, from, to, lot.tlcSource, types,
                numbers, inputs, r.hash()));
    }

    /** An actor by name, with the place the event names when it is theirs: a plot or a registered location. */
    private String party(String actor, EpcisEvent e) {
        String name = fold.actor(actor).map(Registrations.Actor::name).orElse(actor);
        if (e == null) {
            return name;
        }
        Optional<String> place = e.bizLocation().or(() -> Locations.readPoint(e));
        Optional<String> where = place.flatMap(p -> p.startsWith("urn:trazo:plot:")
                ? fold.plot(p).map(plot -> plot.name() + ", " + plot.country())
                : fold.locations.bySgln(p).filter(l -> l.owner().equals(actor)).map(Locations.Location::describe));
        return where.map(w -> name + " (" + w + ")").orElse(name);
    }
}
