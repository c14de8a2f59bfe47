package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.note.SignedNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Offline evidence that records are in the log: one signed checkpoint and, per record, its leaf index
 * and inclusion path against that checkpoint's tree. Verified by {@link LogEvidenceVerifier} with only
 * the log's verifier key. JSON form (members closed, all required):
 *
 * <pre>
 * {
 *   "v": 1,
 *   "checkpoint": "&lt;signed note: checkpoint text, blank line, signature lines; exact bytes&gt;",
 *   "proofs": [
 *     { "record": "&lt;record hash, 64 lower-case hex&gt;",
 *       "leafIndex": &lt;integer, 0 ≤ leafIndex &lt; checkpoint size&gt;,
 *       "path": [ "&lt;node hash, 64 lower-case hex&gt;", ... ] }     leaf to root, RFC 9162 §2.1.3.1
 *   ]
 * }
 * </pre>
 * Bounds: at most {@value #MAX_PROOFS} proofs, {@value #MAX_PATH} path nodes each, a note of at most
 * {@link SignedNotes#MAX_NOTE_BYTES} bytes. {@link #toJson()} writes JCS (RFC 8785) member order.
 */
public record LogEvidence(String checkpoint, List<LeafProof> proofs) {

    public static final int VERSION = 1;
    public static final int MAX_PROOFS = 100_000;
    public static final int MAX_PATH = 63;
    private static final Set<String> MEMBERS = Set.of("v", "checkpoint", "proofs");
    private static final Set<String> PROOF_MEMBERS = Set.of("record", "leafIndex", "path");
    private static final StrictJson PARSER = new StrictJson(new StrictJson.Limits(64 * 1024 * 1024, 8));

    public LogEvidence {
        Objects.requireNonNull(checkpoint, "checkpoint");
        proofs = List.copyOf(proofs);
    }

    public JsonObject toJson() {
        List<JsonValue> entries = new ArrayList<>(proofs.size());
        for (LeafProof p : proofs) {
            entries.add(Json.obj("record", p.record().hex(), "leafIndex", p.leafIndex(),
                    "path", p.path().stream().map(h -> (Object) h.toHex()).toList()));
        }
        return Json.obj("v", VERSION, "checkpoint", checkpoint, "proofs", new JsonArray(entries));
    }

    public byte[] toBytes() {
        return Jcs.canonicalize(toJson());
    }

    /** Parses the JSON form strictly; see the class description. */
    public static LogEvidence parse(byte[] json) throws EvidenceFormatException {
        try {
            return fromJson(PARSER.parse(json));
        } catch (JsonFormatException e) {
            throw new EvidenceFormatException("", "not strict JSON: " + e.getMessage());
        }
    }

    /** Reads the evidence from an already parsed JSON value, e.g. a member of a provenance bundle. */
    public static LogEvidence fromJson(JsonValue value) throws EvidenceFormatException {
        JsonObject o = object(value, "");
        closed(o, MEMBERS, "");
        long v = integer(o, "v", "");
        if (v != VERSION) {
            throw new EvidenceFormatException("/v", "unsupported evidence version " + v + ", expected " + VERSION);
        }
        String note = string(o, "checkpoint", "");
        if (note.length() > SignedNotes.MAX_NOTE_BYTES) {
            throw new EvidenceFormatException("/checkpoint", "checkpoint note is longer than " + SignedNotes.MAX_NOTE_BYTES);
        }
        List<JsonValue> entries = array(o, "proofs", "", MAX_PROOFS);
        List<LeafProof> proofs = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String at = "/proofs/" + i;
            JsonObject p = object(entries.get(i), at);
            closed(p, PROOF_MEMBERS, at);
            Digest record = Digest.fromHex(hex(string(p, "record", at), at + "/record"));
            long leafIndex = integer(p, "leafIndex", at);
            List<JsonValue> nodes = array(p, "path", at, MAX_PATH);
            List<TreeHash> path = new ArrayList<>(nodes.size());
            for (int j = 0; j < nodes.size(); j++) {
                String nodeAt = at + "/path/" + j;
                if (!(nodes.get(j) instanceof JsonString s)) {
                    throw new EvidenceFormatException(nodeAt, "a path node is a string");
                }
                path.add(TreeHash.fromHex(hex(s.value(), nodeAt)));
            }
            proofs.add(new LeafProof(record, leafIndex, path));
        }
        return new LogEvidence(note, proofs);
    }

    private static String hex(String s, String at) throws EvidenceFormatException {
        if (!s.matches("[0-9a-f]{64}")) {
            throw new EvidenceFormatException(at, "expected 64 lower-case hex digits");
        }
        return s;
    }

    private static JsonObject object(JsonValue v, String at) throws EvidenceFormatException {
        if (!(v instanceof JsonObject o)) {
            throw new EvidenceFormatException(at, "expected an object");
        }
        return o;
    }

    private static void closed(JsonObject o, Set<String> members, String at) throws EvidenceFormatException {
        for (String name : o.members().keySet()) {
            if (!members.contains(name)) {
                throw new EvidenceFormatException(at + "/" + name, "unknown member");
            }
        }
        for (String name : members) {
            if (!o.has(name)) {
                throw new EvidenceFormatException(at + "/" + name, "missing member");
            }
        }
    }

    private static String string(JsonObject o, String name, String at) throws EvidenceFormatException {
        if (!(o.get(name).orElseThrow() instanceof JsonString s)) {
            throw new EvidenceFormatException(at + "/" + name, "expected a string");
        }
        return s.value();
    }

    private static long integer(JsonObject o, String name, String at) throws EvidenceFormatException {
        if (!(o.get(name).orElseThrow() instanceof JsonNumber n) || !n.isSafeInteger() || n.value().signum() < 0) {
            throw new EvidenceFormatException(at + "/" + name, "expected a non-negative integer");
        }
        return n.value().longValueExact();
    }

    private static List<JsonValue> array(JsonObject o, String name, String at, int max) throws EvidenceFormatException {
        if (!(o.get(name).orElseThrow() instanceof JsonArray a)) {
            throw new EvidenceFormatException(at + "/" + name, "expected an array");
        }
        if (a.elements().size() > max) {
            throw new EvidenceFormatException(at + "/" + name, "more than " + max + " entries");
        }
        return a.elements();
    }
}
