package io.trazo.ledger.log;

import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.merkle.ConsistencyProof;
import io.trazo.ledger.merkle.TreeHash;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON the log's HTTP API serves, in one place for the server and its clients (the CLI monitor).
 * Hashes are 64 lower-case hex digits; output is JCS (RFC 8785).
 *
 * <pre>
 * inclusion:   {"leafIndex":n,"path":[hex...],"record":hex,"treeSize":n}
 * consistency: {"path":[hex...],"size1":n,"size2":n}
 * history:     {"checkpoints":[{"note":"&lt;signed note&gt;","size":n}...]}
 * </pre>
 */
public final class LogJson {

    private static final StrictJson PARSER = new StrictJson(new StrictJson.Limits(1024 * 1024, 4));

    private LogJson() {}

    public static byte[] inclusion(RecordInclusion inclusion) {
        return Jcs.canonicalize(Json.obj("record", inclusion.record().hex(), "leafIndex", inclusion.proof().leafIndex(),
                "treeSize", inclusion.proof().treeSize(), "path", hexes(inclusion.proof().path())));
    }

    public static byte[] consistency(ConsistencyProof proof) {
        return Jcs.canonicalize(Json.obj("size1", proof.size1(), "size2", proof.size2(), "path", hexes(proof.path())));
    }

    public static byte[] history(List<SignedCheckpoint> checkpoints) {
        List<JsonValue> entries = new ArrayList<>();
        for (SignedCheckpoint c : checkpoints) {
            entries.add(Json.obj("size", c.size(), "note", c.note()));
        }
        return Jcs.canonicalize(Json.obj("checkpoints", new JsonArray(entries)));
    }

    /**
     * Reads a consistency proof served by a log, strictly.
     *
     * @throws EvidenceFormatException naming the offending member
     */
    public static ConsistencyProof parseConsistency(byte[] json) throws EvidenceFormatException {
        JsonValue value;
        try {
            value = PARSER.parse(json);
        } catch (JsonFormatException e) {
            throw new EvidenceFormatException("", "not strict JSON: " + e.getMessage());
        }
        if (!(value instanceof JsonObject o) || o.members().size() != 3) {
            throw new EvidenceFormatException("", "expected an object with size1, size2 and path");
        }
        long size1 = number(o, "size1");
        long size2 = number(o, "size2");
        if (!(o.get("path").orElse(null) instanceof JsonArray path) || path.elements().size() > LogEvidence.MAX_PATH * 2) {
            throw new EvidenceFormatException("/path", "expected an array of at most " + 2 * LogEvidence.MAX_PATH + " hashes");
        }
        List<TreeHash> nodes = new ArrayList<>();
        for (int i = 0; i < path.elements().size(); i++) {
            if (!(path.elements().get(i) instanceof JsonString s) || !s.value().matches("[0-9a-f]{64}")) {
                throw new EvidenceFormatException("/path/" + i, "expected 64 lower-case hex digits");
            }
            nodes.add(TreeHash.fromHex(s.value()));
        }
        if (size1 <= 0 || size1 > size2) {
            throw new EvidenceFormatException("/size1", "consistency needs 0 < size1 <= size2");
        }
        return new ConsistencyProof(size1, size2, nodes);
    }

    /**
     * Reads a page of checkpoint history served by a log, strictly. The notes are returned as served:
     * the caller verifies each one.
     *
     * @throws EvidenceFormatException naming the offending member
     */
    public static List<SignedCheckpoint> parseHistory(byte[] json) throws EvidenceFormatException {
        JsonValue value;
        try {
            value = PARSER.parse(json);
        } catch (JsonFormatException e) {
            throw new EvidenceFormatException("", "not strict JSON: " + e.getMessage());
        }
        if (!(value instanceof JsonObject o) || o.members().size() != 1
                || !(o.get("checkpoints").orElse(null) instanceof JsonArray entries)) {
            throw new EvidenceFormatException("", "expected an object with checkpoints only");
        }
        List<SignedCheckpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < entries.elements().size(); i++) {
            if (!(entries.elements().get(i) instanceof JsonObject entry) || entry.members().size() != 2
                    || !(entry.get("note").orElse(null) instanceof JsonString note)) {
                throw new EvidenceFormatException("/checkpoints/" + i, "expected an object with size and note");
            }
            long size = number(entry, "size");
            try {
                checkpoints.add(new SignedCheckpoint(size, note.value()));
            } catch (IllegalArgumentException e) {
                throw new EvidenceFormatException("/checkpoints/" + i, e.getMessage());
            }
        }
        return checkpoints;
    }

    private static long number(JsonObject o, String name) throws EvidenceFormatException {
        if (!(o.get(name).orElse(null) instanceof JsonNumber n) || !n.isSafeInteger() || n.value().signum() < 0) {
            throw new EvidenceFormatException("/" + name, "expected a non-negative integer");
        }
        return n.value().longValueExact();
    }

    private static List<Object> hexes(List<TreeHash> hashes) {
        return hashes.stream().map(h -> (Object) h.toHex()).toList();
    }
}
