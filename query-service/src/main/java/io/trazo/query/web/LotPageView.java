package io.trazo.query.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.provenance.TracedRecord;
import io.trazo.query.provenance.LotSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a public front end needs to show one lot (the buyer's page), read from one upstream walk whose
 * evidence is verified once: the summary, the verification, the first page of the journey, the {@code trazo:}
 * extension members of the journey's events, the validity of the claimed certificates, and the names of the
 * actors all of these mention. Each part is what its own endpoint answers for the same walk, the verification and the
 * journey cut to the members the page shows ({@link PageParts}).
 */
record LotPageView(String lot,
        @Schema(description = "as GET /lots/{lot}/head, taken before this view's evidence was verified (so a page cached under it "
                + "is never newer than the lot); null when the store failed its integrity check") LotHeadController.HeadView version,
        @Schema(description = "as GET /lots/{lot}") LotSummary summary,
        @Schema(description = "as GET /lots/{lot}/verification, cut to what the page shows") PageParts.Verification verification,
        @Schema(description = "as GET /lots/{lot}/trace/upstream?view=journey (its first page), cut to what the page shows")
        PageParts.Journey journey,
        @Schema(description = "by record hash, for each journey step whose event carries them: the event's own trazo: members "
                + "and those of its ilmd (docs/protocol.md, v2 extension fields), as signed") Map<String, Extensions> extensions,
        @Schema(description = "by record hash, for each claimed certificate: its validity as signed") Map<String, Validity> certificates,
        @Schema(description = "registered display name by actor URI, for every registered actor the other parts name")
        Map<String, String> actors) {

    record Extensions(Map<String, Object> event, Map<String, Object> ilmd) {

        /** Empty when the record is no event, or its event carries no {@code trazo:} member. */
        static Optional<Extensions> of(TracedRecord t) {
            Optional<JsonValue> event = t.record().body().get("event");
            if (event.isEmpty() || !(event.get() instanceof JsonObject e)) {
                return Optional.empty();
            }
            Map<String, Object> own = trazo(e);
            Map<String, Object> ilmd = e.get("ilmd").filter(JsonObject.class::isInstance).map(i -> trazo((JsonObject) i)).orElse(Map.of());
            return own.isEmpty() && ilmd.isEmpty() ? Optional.empty() : Optional.of(new Extensions(own, ilmd));
        }

        private static Map<String, Object> trazo(JsonObject members) {
            Map<String, Object> out = new LinkedHashMap<>();
            members.members().forEach((k, v) -> {
                if (k.startsWith("trazo:")) {
                    out.put(k, JsonValues.plain(v));
                }
            });
            return out;
        }
    }

    /** The certificate body's {@code validFrom} and {@code validUntil}, null when absent. */
    record Validity(String validFrom, String validUntil) {

        static Validity of(JsonObject body) {
            return new Validity(text(body, "validFrom"), text(body, "validUntil"));
        }

        private static String text(JsonObject body, String name) {
            return body.get(name).map(v -> JsonValues.plain(v)).map(String::valueOf).orElse(null);
        }
    }
}
