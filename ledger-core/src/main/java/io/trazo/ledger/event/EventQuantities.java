package io.trazo.ledger.event;

import static io.trazo.ledger.event.EpcisEvents.addOnce;
import static io.trazo.ledger.event.EpcisEvents.epcis;
import static io.trazo.ledger.event.EpcisEvents.invalid;
import static io.trazo.ledger.event.EpcisEvents.lot;

import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EpcisEvent.Direction;
import io.trazo.ledger.event.EpcisEvent.Quantity;
import io.trazo.ledger.record.Fields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An event's quantity lists (EPCIS 2.0 §7.3.3.3): each element names a lot by its EPC class, and the
 * lot joins the event's lots once, as an EPC list's members do. v2 closes the element to its three
 * members and allows fractional amounts; v1 requires a positive integer quantity.
 */
final class EventQuantities {

    private static final Set<String> MEMBERS = Set.of("epcClass", "quantity", "uom");

    private EventQuantities() {}

    static void read(boolean v2, Fields f, String name, Direction direction, List<String> lots, List<Quantity> into) {
        List<JsonValue> values = epcis(() -> f.optionalArray(name));
        for (int i = 0; i < values.size(); i++) {
            String path = f.pathOf(name) + "/" + i;
            if (!(values.get(i) instanceof JsonObject q)) {
                throw invalid(path, "a quantity element is an object");
            }
            Fields qf = new Fields(q, path);
            if (v2) {
                epcis(() -> {
                    qf.requireOnly(MEMBERS);
                    return null;
                });
            }
            String epcClass = lot(v2, epcis(() -> qf.string("epcClass")), qf.pathOf("epcClass"));
            Optional<JsonValue> raw = qf.optional("quantity");
            if (raw.isEmpty() && !v2) {
                throw invalid(qf.pathOf("quantity"), "quantity is required");
            }
            Optional<BigDecimal> amount = raw.map(v -> amount(v2, v, qf.pathOf("quantity")));
            String uom = epcis(() -> qf.optionalString("uom")).orElse("");
            if (!uom.isEmpty() && !EventValueForms.isUom(uom)) {
                throw invalid(qf.pathOf("uom"), "uom must be a UN/ECE Rec 20 code such as KGM, got \"" + uom + "\"");
            }
            addOnce(lots, epcClass, qf.pathOf("epcClass"));
            into.add(new Quantity(epcClass, amount, uom, direction));
        }
    }

    /** v1: a positive integer; v2: a positive number, fractions allowed (EPCIS 2.0 §7.3.3.3). */
    private static BigDecimal amount(boolean v2, JsonValue value, String path) {
        if (!(value instanceof JsonNumber n) || n.value().signum() <= 0 || !v2 && !n.integral()) {
            throw invalid(path, v2 ? "quantity must be a positive number" : "quantity must be a positive integer");
        }
        return n.value();
    }
}
