package io.trazo.ledger.event;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the public EPCIS event hash vectors from the test classpath (never from the file system). */
final class EpcisHashVectors {

    static final String ROOT = "/vectors-public/epcis-hash/";
    static final String UPSTREAM_EXPECTED = "upstream-expected";

    record Vector(String file, String set, int index, String preHash, String eventHashId) {

        String id() {
            return file + "#" + index;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    private EpcisHashVectors() {}

    static List<Vector> all() {
        JsonObject manifest = (JsonObject) parse(bytes("manifest.json"));
        List<Vector> vectors = new ArrayList<>();
        for (JsonValue document : ((JsonArray) manifest.get("documents").orElseThrow()).elements()) {
            JsonObject doc = (JsonObject) document;
            String file = string(doc, "file");
            String set = string(doc, "set");
            for (JsonValue event : ((JsonArray) doc.get("events").orElseThrow()).elements()) {
                JsonObject e = (JsonObject) event;
                int index = ((JsonNumber) e.get("index").orElseThrow()).value().intValueExact();
                vectors.add(new Vector(file, set, index, string(e, "preHash"), string(e, "eventHashId")));
            }
        }
        return vectors;
    }

    static JsonObject document(String file) {
        return (JsonObject) parse(bytes(file));
    }

    static List<String> lines(String file) {
        String text = new String(bytes(file), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static JsonValue parse(byte[] bytes) {
        return new StrictJson(new StrictJson.Limits(1 << 22, 128)).parse(bytes);
    }

    static byte[] bytes(String file) {
        try (InputStream in = EpcisHashVectors.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + ROOT + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String string(JsonObject object, String name) {
        return ((JsonString) object.get(name).orElseThrow()).value();
    }
}
