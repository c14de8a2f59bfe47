package io.trazo.ledger.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical property order of CBV 2.0 §8.9 as the published vectors apply it. Two differences
 * from the order table: {@code parentID} precedes {@code epcList}, and {@code bizTransactionList},
 * {@code sourceList}, {@code destinationList} and {@code ilmd} are not placed by the table but
 * sorted together with the user extensions at the end of the event.
 */
final class CanonicalOrder {

    enum Kind {
        VALUE,
        TIMESTAMP,
        GROUP
    }

    record Field(String name, Kind kind, List<Field> children) {

        static Field value(String name) {
            return new Field(name, Kind.VALUE, List.of());
        }

        static Field timestamp(String name) {
            return new Field(name, Kind.TIMESTAMP, List.of());
        }

        static Field group(String name, Field... children) {
            return new Field(name, Kind.GROUP, List.of(children));
        }
    }

    private static final Field QUANTITY_ELEMENT =
            Field.group("quantityElement", Field.value("epcClass"), Field.value("quantity"), Field.value("uom"));

    private static final Field SENSOR_METADATA = Field.group("sensorMetadata",
            Field.timestamp("time"), Field.timestamp("startTime"), Field.timestamp("endTime"),
            Field.value("deviceID"), Field.value("deviceMetadata"), Field.value("rawData"),
            Field.value("dataProcessingMethod"), Field.value("bizRules"));

    private static final Field SENSOR_REPORT = Field.group("sensorReport",
            Field.value("type"), Field.value("exception"), Field.value("deviceID"), Field.value("deviceMetadata"),
            Field.value("rawData"), Field.value("dataProcessingMethod"), Field.timestamp("time"),
            Field.value("microorganism"), Field.value("chemicalSubstance"), Field.value("value"),
            Field.value("component"), Field.value("stringValue"), Field.value("booleanValue"),
            Field.value("hexBinaryValue"), Field.value("uriValue"), Field.value("minValue"), Field.value("maxValue"),
            Field.value("meanValue"), Field.value("sDev"), Field.value("percRank"), Field.value("percValue"),
            Field.value("uom"), Field.value("coordinateReferenceSystem"));

    /** Event members in hashing order; anything not listed goes to the sorted tail. */
    static final List<Field> EVENT = List.of(
            Field.timestamp("eventTime"),
            Field.value("eventTimeZoneOffset"),
            Field.value("certificationInfo"),
            Field.value("parentID"),
            Field.group("epcList", Field.value("epc")),
            Field.group("inputEPCList", Field.value("epc")),
            Field.group("childEPCs", Field.value("epc")),
            Field.group("quantityList", QUANTITY_ELEMENT),
            Field.group("childQuantityList", QUANTITY_ELEMENT),
            Field.group("inputQuantityList", QUANTITY_ELEMENT),
            Field.group("outputEPCList", Field.value("epc")),
            Field.group("outputQuantityList", QUANTITY_ELEMENT),
            Field.value("action"),
            Field.value("transformationID"),
            Field.value("bizStep"),
            Field.value("disposition"),
            Field.group("persistentDisposition", Field.value("set"), Field.value("unset")),
            Field.group("readPoint", Field.value("id")),
            Field.group("bizLocation", Field.value("id")),
            Field.group("sensorElementList", Field.group("sensorElement", SENSOR_METADATA, SENSOR_REPORT)));

    /** Tail lists whose members are written {@code type=…} first, then the identifier. */
    static final Set<String> TYPED_LISTS = Set.of("bizTransactionList", "sourceList", "destinationList");

    /** Each order's field names → their index in it, for every order list above (identity-keyed: they are constants). */
    private static final Map<List<Field>, Map<String, Integer>> POSITIONS = positionsOf(EVENT);

    private CanonicalOrder() {}

    /** The index of each field name in {@code order}, one of this class's order lists. */
    static Map<String, Integer> positions(List<Field> order) {
        Map<String, Integer> positions = POSITIONS.get(order);
        if (positions == null) {
            throw new IllegalArgumentException("not an order of CanonicalOrder: " + order);
        }
        return positions;
    }

    private static Map<List<Field>, Map<String, Integer>> positionsOf(List<Field> root) {
        Map<List<Field>, Map<String, Integer>> all = new IdentityHashMap<>();
        List<List<Field>> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            List<Field> order = pending.remove(pending.size() - 1);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                // a name listed twice could be placed by either field, which one lookup cannot say
                if (positions.putIfAbsent(order.get(i).name(), i) != null) {
                    throw new IllegalStateException("field " + order.get(i).name() + " listed twice in one order");
                }
                if (!order.get(i).children().isEmpty() && !all.containsKey(order.get(i).children())) {
                    pending.add(order.get(i).children());
                }
            }
            all.put(order, Map.copyOf(positions));
        }
        return all;
    }
}
