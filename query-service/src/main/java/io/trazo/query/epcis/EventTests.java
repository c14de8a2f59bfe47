package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.JsonContext;
import io.trazo.ledger.event.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The SimpleEventQuery tests that the store does not index, run on the signed event's JSON (EPCIS 2.0
 * §8.2.7.1). Each is a predicate on one event; a query keeps the events that pass all of them.
 */
final class EventTests {

    private static final List<String> QUANTITY_LISTS = List.of("quantityList", "childQuantityList", "inputQuantityList",
            "outputQuantityList");

    private EventTests() {}

    /** A quantity element (of any list) whose {@code quantity} passes; with a unit, only elements in that unit. */
    static Predicate<JsonObject> quantity(Comparison c, Optional<String> uom) {
        return e -> QUANTITY_LISTS.stream().flatMap(l -> Json.objects(e, l).stream())
                .filter(q -> uom.isEmpty() || uom.equals(Json.text(q.get("uom"))))
                .anyMatch(q -> q.get("quantity").filter(c::test).isPresent());
    }

    /** {@code EQ_source_type}/{@code EQ_destination_type}: an element of that CBV type naming one of the values. */
    static Predicate<JsonObject> sourceOrDestination(String list, String member, String type, Set<String> values) {
        return e -> Json.objects(e, list).stream().anyMatch(s -> Json.text(s.get("type")).map(t -> QueryValues.cbvWord(t, "SDT"))
                .filter(type::equals).isPresent() && Json.text(s.get(member)).filter(values::contains).isPresent());
    }

    static Predicate<JsonObject> bizTransaction(String type, Set<String> values) {
        return e -> Json.objects(e, "bizTransactionList").stream().anyMatch(b -> Json.text(b.get("type"))
                .map(t -> QueryValues.cbvWord(t, "BTT")).filter(type::equals).isPresent()
                && Json.text(b.get("bizTransaction")).filter(values::contains).isPresent());
    }

    /** {@code EQ_persistentDisposition_set}/{@code _unset}: the event's set or unset list names one of the dispositions. */
    static Predicate<JsonObject> persistentDisposition(String which, Set<String> dispositions) {
        return e -> Json.objects(e, "persistentDisposition").stream().flatMap(p -> Json.strings(p, which).stream())
                .map(d -> Vocabulary.disposition(d).orElse(d)).anyMatch(dispositions::contains);
    }

    static Predicate<JsonObject> hasErrorDeclaration() {
        return e -> !Json.objects(e, "errorDeclaration").isEmpty();
    }

    static Predicate<JsonObject> errorDeclarationTime(Comparison c) {
        return e -> Json.objects(e, "errorDeclaration").stream().anyMatch(d -> d.get("declarationTime").filter(c::test).isPresent());
    }

    static Predicate<JsonObject> errorReason(Set<String> reasons) {
        Set<String> words = Set.copyOf(reasons.stream().map(r -> QueryValues.cbvWord(r, "ER")).toList());
        return e -> Json.objects(e, "errorDeclaration").stream()
                .anyMatch(d -> Json.text(d.get("reason")).map(r -> QueryValues.cbvWord(r, "ER")).filter(words::contains).isPresent());
    }

    static Predicate<JsonObject> correctiveEventId(Set<String> ids) {
        return e -> Json.objects(e, "errorDeclaration").stream()
                .flatMap(d -> Json.strings(d, "correctiveEventIDs").stream()).anyMatch(ids::contains);
    }

    /** Where an extension-field parameter looks: the event itself, its ILMD, its error declaration, its read point… */
    enum Scope {
        EVENT(List::of),
        ILMD(e -> Json.objects(e, "ilmd")),
        ERROR_DECLARATION(e -> Json.objects(e, "errorDeclaration")),
        READ_POINT(e -> Json.objects(e, "readPoint")),
        BIZ_LOCATION(e -> Json.objects(e, "bizLocation")),
        SENSOR_ELEMENT(e -> Json.objects(e, "sensorElementList")),
        SENSOR_METADATA(e -> SensorTests.all(e, "sensorMetadata")),
        SENSOR_REPORT(e -> SensorTests.all(e, "sensorReport"));

        private final Function<JsonObject, List<JsonObject>> roots;

        Scope(Function<JsonObject, List<JsonObject>> roots) {
            this.roots = roots;
        }

        List<JsonObject> roots(JsonObject event) {
            return this == EVENT ? List.of(event) : roots.apply(event);
        }
    }

    /**
     * An extension field's values: each member of the roots that names the field, or with {@code inner}
     * every member naming it nested at any depth within the roots' extension (prefixed) members. Names
     * are compared expanded with the event's own prefixes, so any prefix bound to the field's namespace matches.
     */
    static List<JsonValue> field(JsonObject event, Scope scope, boolean inner, ExtensionName name) {
        Predicate<String> named = name.in(JsonContext.fromDocument(event));
        List<JsonValue> out = new ArrayList<>();
        for (JsonObject root : scope.roots(event)) {
            root.members().forEach((k, v) -> {
                if (!inner && named.test(k)) {
                    out.add(v);
                } else if (inner && k.contains(":")) {
                    out.addAll(Json.nested(v, named));
                }
            });
        }
        return out;
    }

    static Predicate<JsonObject> extension(Scope scope, boolean inner, ExtensionName name, Comparison c) {
        return e -> field(e, scope, inner, name).stream().flatMap(Json::values).anyMatch(c::test);
    }

    static Predicate<JsonObject> extensionExists(Scope scope, boolean inner, ExtensionName name) {
        return e -> !field(e, scope, inner, name).isEmpty();
    }

    /** For master-data parameters: Trazo keeps no vocabulary master data, so no event has the attribute asked for. */
    static Predicate<JsonObject> never() {
        return e -> false;
    }
}
