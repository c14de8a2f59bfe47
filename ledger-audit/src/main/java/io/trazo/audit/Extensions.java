package io.trazo.audit;

import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.EpcisEvent;
import io.trazo.ledger.event.Vocabulary;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code trazo:} extension members of an event (protocol v2's shared vocabulary), read from the ILMD
 * of the event's outputs or from the event itself, by name.
 */
final class Extensions {

    static final String CONVERSION_RATIO = "trazo:conversionRatio";

    /** v1 events carry no product form; their business step implies the output's form. */
    private static final Map<String, ProductForm> BY_STEP = Map.of(Vocabulary.trazoStep("harvesting"), ProductForm.CHERRY,
            Vocabulary.trazoStep("wet_milling"), ProductForm.PARCHMENT, Vocabulary.trazoStep("dry_milling"), ProductForm.GREEN,
            Vocabulary.trazoStep("roasting"), ProductForm.ROASTED);

    private Extensions() {}

    static Optional<JsonValue> member(EpcisEvent event, String name) {
        JsonObject json = event.json();
        Optional<JsonValue> inIlmd = json.get("ilmd").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .flatMap(i -> i.get(name));
        return inIlmd.or(() -> json.get(name));
    }

    /** The form of what the event produces (or, for a harvest, gathers). */
    static Optional<ProductForm> outputForm(EpcisEvent event) {
        Optional<ProductForm> declared = member(event, ProductForm.MEMBER).filter(JsonString.class::isInstance)
                .flatMap(v -> ProductForm.fromWire(((JsonString) v).value()));
        return declared.or(() -> Optional.ofNullable(BY_STEP.get(event.bizStep())));
    }

    static Optional<BigDecimal> decimal(EpcisEvent event, String name) {
        return member(event, name).flatMap(v -> {
            if (v instanceof JsonString s) {
                try {
                    return Optional.of(new BigDecimal(s.value()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            return v instanceof JsonNumber n ? Optional.of(n.value()) : Optional.empty();
        });
    }
}
