package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonBoolean;
import io.trazo.ledger.encoding.JsonNull;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.ShortestDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns a JSON-LD event into {@link PreHashNode}s: keys and values with a prefix declared in the
 * document's {@code @context} are expanded; arrays become repeated elements; members of
 * {@code xxxList} arrays are grouped under one {@code xxxList} node as {@code xxx} elements
 * ({@code epc} for EPC lists, {@code quantityElement} for quantity lists), and {@code childEPCs}
 * members become {@code epc} elements. Fields that CBV 2.0 §8.9 leaves out are dropped here.
 */
final class EventTree {

    /** Event-level members not hashed: the type is written first, the rest are not event content. */
    /**
     * {@code @context} is excluded too: an event's own context (allowed in protocol v2 records) says
     * how to read the other members, it is not one of them, and GS1 tools hash the event's data alone.
     */
    static final Set<String> EVENT_LEVEL_EXCLUDED = Set.of("type", "eventID", "recordTime", "errorDeclaration", "@context");
    /** Annotations that the reference implementation ignores at every level. */
    static final Set<String> COMMENTS = Set.of("rdfs:comment", "comment");

    private static final Map<String, String> LIST_ELEMENTS = Map.of(
            "epcList", "epc",
            "inputEPCList", "epc",
            "outputEPCList", "epc",
            "quantityList", "quantityElement",
            "childQuantityList", "quantityElement",
            "inputQuantityList", "quantityElement",
            "outputQuantityList", "quantityElement");

    private final JsonContext context;
    private final UnaryOperator<String> bareValues;

    private EventTree(JsonContext context, UnaryOperator<String> bareValues) {
        this.context = context;
        this.bareValues = bareValues;
    }

    /**
     * The children of the event node, excluding {@link #EVENT_LEVEL_EXCLUDED}, with every string
     * value passed through {@code bareValues} (the {@link BareValues} replacement) before its prefix
     * is expanded.
     */
    static List<PreHashNode> of(JsonObject event, JsonContext context, UnaryOperator<String> bareValues) {
        return new EventTree(context, bareValues).children(event, "", EVENT_LEVEL_EXCLUDED);
    }

    private List<PreHashNode> children(JsonObject object, String path, Set<String> excluded) {
        List<PreHashNode> nodes = new ArrayList<>(object.members().size());
        // forEach runs the parsed map's own loop, where the unmodifiable map's entry set wraps every entry it hands out
        object.members().forEach((key, value) -> member(key, value, path, excluded, nodes));
        return grouped(nodes);
    }

    private void member(String key, JsonValue value, String path, Set<String> excluded, List<PreHashNode> nodes) {
        if (excluded.contains(key) || COMMENTS.contains(key)) {
            return;
        }
        if (key.startsWith("@")) {
            throw EventHashException.unsupported(fieldOf(path, key), "JSON-LD keyword inside an event");
        }
        String name = context.expandKey(key);
        if (value instanceof JsonArray array) {
            for (JsonValue element : array.elements()) {
                if (element instanceof JsonArray) {
                    throw EventHashException.unsupported(fieldOf(path, key), "array nested directly in an array");
                }
                nodes.add(node(name, element, path, key));
            }
        } else {
            nodes.add(node(name, value, path, key));
        }
    }

    /** The slash-separated field name that errors report; built only when needed, not for every member. */
    private static String fieldOf(String path, String key) {
        return path.isEmpty() ? key : path + "/" + key;
    }

    private PreHashNode node(String name, JsonValue value, String path, String key) {
        if (value instanceof JsonObject object) {
            return PreHashNode.object(name, children(object, fieldOf(path, key), Set.of()));
        }
        if (value instanceof JsonNumber number) {
            return PreHashNode.number(name, number(number, path, key));
        }
        return PreHashNode.leaf(name, scalar(value, path, key));
    }

    /** A JSON number as the pre-hash writes numbers: the form {@link NumericValues#canonical} gives. */
    private static String number(JsonNumber number, String path, String key) {
        Optional<String> shortest = ShortestDecimal.ofExact(number.value()).flatMap(NumericValues::format);
        if (shortest.isPresent()) {
            return shortest.get();
        }
        double binary64 = Double.parseDouble(number.value().toString());
        if (!Double.isFinite(binary64)) {
            throw EventHashException.invalidValue(fieldOf(path, key), "a number within binary64 range", number.value().toString());
        }
        return NumericValues.format(binary64);
    }

    private String scalar(JsonValue value, String path, String key) {
        if (value instanceof JsonString string) {
            return context.expandValue(bareValues.apply(string.value()));
        }
        if (value instanceof JsonBoolean bool) {
            return bool.value() ? "True" : "False";
        }
        if (value instanceof JsonNull) {
            throw EventHashException.unsupported(fieldOf(path, key), "null");
        }
        throw new IllegalStateException("unexpected JSON value " + value);
    }

    private static boolean hasListElement(List<PreHashNode> nodes) {
        for (PreHashNode node : nodes) {
            if (node.name().endsWith("List") || node.name().equals("childEPCs")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An object rarely holds more than one or two lists, so their names are kept in a small list and
     * looked up by scanning it, which costs less than the map per object it replaced.
     */
    private static List<PreHashNode> grouped(List<PreHashNode> nodes) {
        if (!hasListElement(nodes)) {
            return nodes;
        }
        List<PreHashNode> result = new ArrayList<>(nodes.size());
        List<String> listNames = new ArrayList<>(2);
        List<List<PreHashNode>> lists = new ArrayList<>(2);
        for (PreHashNode node : nodes) {
            String name = node.name();
            boolean isList = name.endsWith("List");
            if (isList || name.equals("childEPCs")) {
                int at = listNames.indexOf(name);
                if (at < 0) {
                    at = listNames.size();
                    listNames.add(name);
                    lists.add(new ArrayList<>());
                }
                lists.get(at).add(isList
                        ? node.renamed(LIST_ELEMENTS.getOrDefault(name, name.substring(0, name.length() - 4)))
                        : PreHashNode.leaf("epc", node.text()));
            } else {
                result.add(node);
            }
        }
        for (int i = 0; i < listNames.size(); i++) {
            result.add(PreHashNode.object(listNames.get(i), lists.get(i)));
        }
        return result;
    }
}
