package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PreHashWriter} places fields by looking each node's name up once; on random trees of
 * {@link PreHashNode}s named after the order's own fields (repeated, nested where the order nests
 * them and where it does not, leaves where it expects groups and groups where it expects leaves),
 * it writes what the field-by-field scan ({@link ReferencePreHashWriter}) writes, or fails alike.
 */
class PreHashOrderTest {

    private static final int CASES = 5_000;
    private static final String[] NAMES = {"eventTime", "eventTimeZoneOffset", "parentID", "epcList", "epc", "childEPCs",
        "quantityList", "quantityElement", "epcClass", "quantity", "uom", "action", "bizStep", "disposition",
        "persistentDisposition", "set", "unset", "readPoint", "bizLocation", "id", "sensorElementList", "sensorElement",
        "sensorMetadata", "sensorReport", "time", "startTime", "deviceID", "type", "value", "component", "ilmd",
        "bizTransactionList", "bizTransaction", "sourceList", "source", "{https://ns.example.com/}x", "zz"};
    private static final String[] TEXTS = {"", "", "2026-11-15T09:00:00.000-08:00", "2026-11-15T17:00Z", "not a time",
        "69.850", "https://ref.gs1.org/cbv/BizStep-shipping", "urn:epc:id:sgln:0614141.00888.0", "OBSERVE", " b ", "a"};

    @Test
    void fieldsArePlacedAsTheFieldByFieldScanPlacedThem() {
        Random random = new Random(93);
        for (int i = 0; i < CASES; i++) {
            List<PreHashNode> children = children(random, 0);
            assertThat(outcome(() -> PreHashWriter.write("ObjectEvent", children))).as("%s", children)
                    .isEqualTo(outcome(() -> ReferencePreHashWriter.write("ObjectEvent", children)));
        }
    }

    private static String outcome(java.util.function.Supplier<String> write) {
        try {
            return write.get();
        } catch (EventHashException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static List<PreHashNode> children(Random random, int depth) {
        List<PreHashNode> nodes = new ArrayList<>();
        for (int n = random.nextInt(depth == 0 ? 12 : 5); n >= 0; n--) {
            String name = NAMES[random.nextInt(NAMES.length)];
            String text = TEXTS[random.nextInt(TEXTS.length)];
            if (depth < 3 && random.nextInt(3) == 0) {
                nodes.add(new PreHashNode(name, random.nextInt(4) == 0 ? text : "", children(random, depth + 1)));
            } else {
                nodes.add(PreHashNode.leaf(name, text));
            }
        }
        return nodes;
    }
}
