package io.trazo.query.epcis;

import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.EventRecord;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The supported subset of the EPCIS 2.0 SimpleEventQuery (EPCIS 2.0 §8.2.7.1): every given parameter
 * must hold (AND); within MATCH_epc and MATCH_anyEPC any listed value may match (OR).
 *
 * @param matchEpc values for MATCH_epc: an event's {@code epcList} or {@code childEPCs}
 * @param matchAnyEpc values for MATCH_anyEPC: also {@code parentID}, {@code inputEPCList}, {@code outputEPCList};
 *     Trazo extends it to class-level quantities, because its lots are mostly EPC classes
 */
record EventQuery(Optional<String> bizStep, Optional<Instant> from, Optional<Instant> to, List<String> matchEpc,
        List<String> matchAnyEpc, Optional<String> bizLocation) {

    boolean matches(EventRecord record) {
        EpcisEvent e = record.event();
        if (bizStep.isPresent() && !bizStep.get().equals(e.bizStep())) {
            return false;
        }
        if (from.isPresent() && e.eventTime().isBefore(from.get()) || to.isPresent() && !e.eventTime().isBefore(to.get())) {
            return false;
        }
        if (bizLocation.isPresent() && !bizLocation.equals(e.bizLocation())) {
            return false;
        }
        if (!matchEpc.isEmpty() && matchEpc.stream().noneMatch(ids(e, "epcList", "childEPCs")::contains)) {
            return false;
        }
        if (!matchAnyEpc.isEmpty()) {
            Set<String> any = ids(e, "epcList", "childEPCs", "parentID", "inputEPCList", "outputEPCList");
            any.addAll(e.lots());
            return matchAnyEpc.stream().anyMatch(any::contains);
        }
        return true;
    }

    /** The lots whose chains hold every candidate: MATCH_anyEPC values, else MATCH_epc values, else none. */
    List<String> chains() {
        return !matchAnyEpc.isEmpty() ? matchAnyEpc : matchEpc;
    }

    private static Set<String> ids(EpcisEvent e, String... members) {
        Set<String> out = new HashSet<>();
        for (String m : members) {
            Optional<JsonValue> v = e.json().get(m);
            if (v.isPresent() && v.get() instanceof JsonString s) {
                out.add(s.value());
            } else if (v.isPresent() && v.get() instanceof JsonArray a) {
                a.elements().stream().filter(JsonString.class::isInstance).forEach(x -> out.add(((JsonString) x).value()));
            }
        }
        return out;
    }
}
