package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.statusmap.MapKey;
import io.trazo.ledger.statusmap.MapRootLeaf;
import io.trazo.ledger.statusmap.MapRootLeafException;
import io.trazo.ledger.statusmap.SubjectKind;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bundle's {@code keyStatusProofs} member read strictly (docs/protocol.md §20.6): element 0 the
 * map-root evidence, every other element one subject's proof. Nothing is verified here.
 */
final class StatusEvidence {

    /** The map-root leaf and its RFC 9162 inclusion path in the bundle's checkpoint. */
    record MapRoot(byte[] leafInput, MapRootLeaf leaf, long leafIndex, List<TreeHash> path) {}

    /** One subject's proof, {@code index} its position in {@code keyStatusProofs}. */
    record SubjectProof(int index, SubjectKind kind, String id, MapKey key, byte[] proof, Optional<JsonObject> value) {}

    private static final Set<String> ROOT_MEMBERS = Set.of("kind", "leaf", "leafIndex", "path");
    private static final Set<String> SUBJECT_MEMBERS = Set.of("kind", "id", "proof", "value");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_PATH = 63;

    final MapRoot root;
    final List<SubjectProof> subjects;

    private StatusEvidence(MapRoot root, List<SubjectProof> subjects) {
        this.root = root;
        this.subjects = List.copyOf(subjects);
    }

    /** @throws RecordException {@code STATUS_PROOF_MALFORMED} or {@code STATUS_ROOT_MALFORMED} at the offending member */
    static StatusEvidence read(JsonArray member) {
        List<JsonValue> elements = member.elements();
        if (elements.size() < 2) {
            throw malformed("/keyStatusProofs", "expected the map-root evidence and at least one subject's proof");
        }
        MapRoot root = root((JsonObject) elements.get(0));
        List<SubjectProof> subjects = new ArrayList<>();
        Set<MapKey> seen = new HashSet<>();
        for (int i = 1; i < elements.size(); i++) {
            SubjectProof s = subject(i, (JsonObject) elements.get(i));
            if (!seen.add(s.key())) {
                throw malformed("/keyStatusProofs/" + i, "a second proof for " + s.kind().wire() + " " + s.id());
            }
            subjects.add(s);
        }
        return new StatusEvidence(root, subjects);
    }

    private static MapRoot root(JsonObject e) {
        String at = "/keyStatusProofs/0";
        if (!e.members().keySet().equals(ROOT_MEMBERS) || !e.get("kind").orElseThrow().equals(new JsonString("map-root"))) {
            throw new RecordException(ReasonCode.STATUS_ROOT_MALFORMED, at,
                    "element 0 is the map-root evidence {\"kind\":\"map-root\",\"leaf\",\"leafIndex\",\"path\"}");
        }
        byte[] leafInput;
        MapRootLeaf leaf;
        try {
            leafInput = base64(e, "leaf", at, ReasonCode.STATUS_ROOT_MALFORMED);
            leaf = MapRootLeaf.parse(leafInput);
        } catch (MapRootLeafException x) {
            throw new RecordException(ReasonCode.STATUS_ROOT_MALFORMED, at + "/leaf", x.getMessage());
        }
        if (!(e.get("leafIndex").orElseThrow() instanceof JsonNumber n) || !n.integral() || n.value().signum() < 0
                || !n.isSafeInteger()) {
            throw new RecordException(ReasonCode.STATUS_ROOT_MALFORMED, at + "/leafIndex", "expected a non-negative integer");
        }
        if (!(e.get("path").orElseThrow() instanceof JsonArray p) || p.elements().size() > MAX_PATH) {
            throw new RecordException(ReasonCode.STATUS_ROOT_MALFORMED, at + "/path", "expected at most " + MAX_PATH + " hashes");
        }
        List<TreeHash> path = new ArrayList<>();
        for (int i = 0; i < p.elements().size(); i++) {
            if (!(p.elements().get(i) instanceof JsonString s) || !HEX.matcher(s.value()).matches()) {
                throw new RecordException(ReasonCode.STATUS_ROOT_MALFORMED, at + "/path/" + i, "expected 64 lower-case hex digits");
            }
            path.add(TreeHash.of(Hex.decode(s.value())));
        }
        return new MapRoot(leafInput, leaf, n.value().longValueExact(), path);
    }

    private static SubjectProof subject(int i, JsonObject e) {
        String at = "/keyStatusProofs/" + i;
        for (String name : e.members().keySet()) {
            if (!SUBJECT_MEMBERS.contains(name)) {
                throw malformed(at + "/" + name, "unknown member \"" + name + "\"");
            }
        }
        SubjectKind kind = SubjectKind.fromWire(string(e, "kind", at)).orElseThrow(
                () -> malformed(at + "/kind", "expected key, certificate, actor or namespace"));
        String id = string(e, "id", at);
        byte[] proof = base64(e, "proof", at, ReasonCode.STATUS_PROOF_MALFORMED);
        Optional<JsonValue> value = e.get("value");
        if (value.isPresent() && !(value.get() instanceof JsonObject)) {
            throw malformed(at + "/value", "expected the entry's value, an object");
        }
        return new SubjectProof(i, kind, id, MapKey.of(kind, id), proof, value.map(JsonObject.class::cast));
    }

    private static String string(JsonObject e, String name, String at) {
        if (!(e.get(name).orElse(null) instanceof JsonString s)) {
            throw malformed(at + "/" + name, "expected a string");
        }
        return s.value();
    }

    private static byte[] base64(JsonObject e, String name, String at, ReasonCode code) {
        if (!(e.get(name).orElse(null) instanceof JsonString s)) {
            throw new RecordException(code, at + "/" + name, "expected a base64 string");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(s.value());
            if (Base64.getEncoder().encodeToString(bytes).equals(s.value())) {
                return bytes;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below, with the one message every non-canonical spelling gets
        }
        throw new RecordException(code, at + "/" + name, "expected canonical padded base64 (RFC 4648 §4)");
    }

    private static RecordException malformed(String path, String message) {
        return new RecordException(ReasonCode.STATUS_PROOF_MALFORMED, path, message);
    }
}
