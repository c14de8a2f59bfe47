package io.trazo.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The v2 {@code trazo:} extension fields on a lot's upstream events (ILMD members of harvest and
 * transformation outputs, or event-level members). Producer facts come from the earliest event that
 * carries them, product facts (form, roast date) from the latest, which is nearest the bag.
 */
final class Extensions {

    /** Events that make or change a product: the only ones whose extension fields describe the lot. */
    private static final Set<String> MAKING = Set.of("harvesting", "wet_milling", "drying", "dry_milling", "roasting", "commissioning");
    private static final Set<String> LATEST_WINS = Set.of("trazo:productForm", "trazo:roastDate", "trazo:conversionRatio");

    private final Map<String, JsonNode> fields;

    private Extensions(Map<String, JsonNode> fields) {
        this.fields = fields;
    }

    /** @param extensions query's {@code extensions} of the lot's page view: by record hash, the event's and its ilmd's members */
    static Extensions read(JsonNode journey, JsonNode extensions) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (JsonNode step : journey.path("steps")) {
            if (!MAKING.contains(LotPageBuilder.lastWord(LotPageBuilder.text(step, "bizStep")))) {
                continue;
            }
            JsonNode members = extensions.path(LotPageBuilder.text(step, "record"));
            collect(members.path("event"), fields);
            collect(members.path("ilmd"), fields);
        }
        return new Extensions(fields);
    }

    private static void collect(JsonNode members, Map<String, JsonNode> into) {
        for (Map.Entry<String, JsonNode> m : members.properties()) {
            if (m.getKey().startsWith("trazo:") && (LATEST_WINS.contains(m.getKey()) || !into.containsKey(m.getKey()))) {
                into.put(m.getKey(), m.getValue());
            }
        }
    }

    String text(String name) {
        JsonNode v = fields.get(name);
        return v == null || !v.isValueNode() ? null : v.asString();
    }

    /** {@code trazo:pricePaid}, only when it says the producer consented to its publication. */
    LotPage.Price price() {
        JsonNode p = fields.get("trazo:pricePaid");
        if (p == null || !p.path("producerConsent").isBoolean() || !p.path("producerConsent").asBoolean()) {
            return null;
        }
        return new LotPage.Price(LotPageBuilder.text(p, "amount"), LotPageBuilder.text(p, "currency"), LotPageBuilder.text(p, "unit"),
                LotPageBuilder.text(p, "basis"), LotPageBuilder.text(p, "date"));
    }
}
