package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.ProvenanceWalker;
import io.trazo.ledger.store.InMemoryLedgerStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Exports journey bundles and rewrites them the way an attacker with a text editor would. */
final class Bundles {

    private Bundles() {}

    static byte[] export(String lot) {
        InMemoryLedgerStore store = JourneyLedger.inMemory();
        return new BundleExporter(store, JourneyLedger.plots()).export(new ProvenanceWalker(store).upstream(lot, 1000));
    }

    static List<byte[]> records(byte[] bundle) {
        return BundleFormat.read(bundle).records();
    }

    /** The same bundle with its record list replaced, still in canonical form. */
    static byte[] withRecords(byte[] bundle, UnaryOperator<List<byte[]>> change) {
        ParsedBundle parsed = BundleFormat.read(bundle);
        return BundleFormat.write(parsed.lot(), parsed.head(), change.apply(new ArrayList<>(parsed.records())));
    }

    static byte[] withMember(byte[] bundle, String name, JsonValue value) {
        JsonObject json = (JsonObject) new StrictJson(new StrictJson.Limits(BundleFormat.MAX_BYTES, 8)).parse(bundle);
        Map<String, JsonValue> members = new LinkedHashMap<>(json.members());
        members.put(name, value);
        return Jcs.canonicalize(new JsonObject(members));
    }

    static JsonValue strings(List<byte[]> wires) {
        List<JsonValue> out = new ArrayList<>();
        wires.forEach(w -> out.add(new JsonString(Base64Url.encode(w))));
        return new JsonArray(out);
    }
}
