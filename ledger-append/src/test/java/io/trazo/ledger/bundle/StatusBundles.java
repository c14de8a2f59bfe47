package io.trazo.ledger.bundle;

import io.trazo.append.log.LogFixture;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.log.LeafProof;
import io.trazo.ledger.log.LogEvidence;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.ReferenceMerkleTree;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.statusmap.MapRootLeaf;
import io.trazo.ledger.statusmap.StatusMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Format-2 bundles with key-status proofs over a log built here the way §20.5 says the sequencer builds
 * it: the bundle's records, then any records the bundle leaves out, then the map-root leaf as the
 * checkpoint's last leaf. The sequencer that appends map-root leaves is another branch's work, so this
 * log is assembled from the protocol's parts (RFC 9162 reference tree, the log's signer, the status map).
 */
public final class StatusBundles {

    private final List<byte[]> records;
    private final String lot;
    private final Digest head;
    private List<byte[]> logOnly = List.of();
    private Predicate<SignedRecord> folded = r -> true;
    private boolean newerRootAfter;

    private StatusBundles(byte[] plain) {
        ParsedBundle parsed = BundleFormat.read(plain);
        this.records = parsed.records();
        this.lot = parsed.lot();
        this.head = parsed.head();
    }

    public static StatusBundles of(byte[] plainBundle) {
        return new StatusBundles(plainBundle);
    }

    /** Records the log holds after the bundle's, which the bundle leaves out (a revocation, a suspension). */
    public StatusBundles logOnly(List<byte[]> wires) {
        this.logOnly = wires;
        return this;
    }

    /** A dishonest map: only the records {@code which} accepts change it. */
    StatusBundles folding(Predicate<SignedRecord> which) {
        this.folded = which;
        return this;
    }

    /** The log appends one more record and a newer map-root leaf after the one the bundle proves. */
    StatusBundles newerRootAfter() {
        this.newerRootAfter = true;
        return this;
    }

    /** The format-2 bundle, its checkpoint signed by {@code LogFixture.signer()} for {@code LogFixture.ORIGIN}. */
    public byte[] build() {
        List<TreeHash> leaves = new ArrayList<>();
        StatusMap map = StatusMap.empty();
        List<byte[]> log = new ArrayList<>(records);
        log.addAll(logOnly);
        for (byte[] w : log) {
            SignedRecord r = RecordCodec.parse(w);
            leaves.add(LogLeaf.hash(r));
            map = folded.test(r) ? map.apply(r) : map;
        }
        byte[] rootLeaf = MapRootLeaf.leafInput(map.entries(), leaves.size() - 1, map.root());
        int rootIndex = leaves.size();
        leaves.add(TreeHasher.leafHash(rootLeaf));
        if (newerRootAfter) {
            leaves.add(LogLeaf.hash(RecordCodec.parse(records.get(0))));
            leaves.add(TreeHasher.leafHash(MapRootLeaf.leafInput(map.entries(), leaves.size() - 1, map.root())));
        }
        ReferenceMerkleTree tree = new ReferenceMerkleTree(leaves);
        int n = leaves.size();
        SignedCheckpoint checkpoint = LogFixture.signer().sign(new TreeHead(n, tree.mth(0, n)));
        List<LeafProof> proofs = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            proofs.add(new LeafProof(RecordCodec.parse(records.get(i)).hash(), i, tree.path(i, n)));
        }
        return BundleFormat.writeWithKeyStatus(lot, head, records, new LogEvidence(checkpoint.note(), proofs),
                KeyStatusEvidence.of(map, rootLeaf, rootIndex, tree.path(rootIndex, n), records));
    }

    /** The bundle with element {@code i} of {@code keyStatusProofs} replaced, or removed when {@code value} is null. */
    static byte[] withElement(byte[] bundle, int i, JsonValue value) {
        List<JsonValue> elements = new ArrayList<>(elements(bundle));
        if (value == null) {
            elements.remove(i);
        } else {
            elements.set(i, value);
        }
        return Bundles.withMember(bundle, "keyStatusProofs", new JsonArray(elements));
    }

    static List<JsonValue> elements(byte[] bundle) {
        return BundleFormat.read(bundle).keyStatusProofs().orElseThrow().elements();
    }

    static JsonObject with(JsonValue element, String name, JsonValue value) {
        Map<String, JsonValue> members = new LinkedHashMap<>(((JsonObject) element).members());
        if (value == null) {
            members.remove(name);
        } else {
            members.put(name, value);
        }
        return new JsonObject(members);
    }
}
