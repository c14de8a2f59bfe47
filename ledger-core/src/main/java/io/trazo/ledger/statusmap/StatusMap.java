package io.trazo.ledger.statusmap;

import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.record.SignedRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status map at one point of the log (docs/protocol.md §20): an immutable value. {@link #apply}
 * returns a new map that shares every untouched subtree with this one, so a snapshot per checkpoint is
 * free and two threads may read any version. Folding the log's records from leaf 0 with {@code apply}
 * gives the map every map-root leaf commits to.
 */
public final class StatusMap {

    private static final StatusMap EMPTY = new StatusMap(null, 0);
    private static final StrictJson VALUES = new StrictJson(new StrictJson.Limits(16 * 1024 * 1024, 8));

    private final Trie.Node root;
    private final long entries;

    private StatusMap(Trie.Node root, long entries) {
        this.root = root;
        this.entries = entries;
    }

    public static StatusMap empty() {
        return EMPTY;
    }

    /**
     * The map after {@code record} (§20.2): registry records ({@code actor}, {@code key}, {@code revocation},
     * {@code delegation}) and {@code certificate} and {@code certificate_status} records change it; every
     * other record returns {@code this}. The record MUST be one the log accepted; its signatures are not
     * checked here.
     *
     * @throws io.trazo.ledger.record.RecordException if the body of a record of a map-changing type does
     *     not parse, which an accepted record's never fails to; a replayer stops on it
     */
    public StatusMap apply(SignedRecord record) {
        return RecordFold.change(this::get, record).map(c -> with(c.key(), c.value())).orElse(this);
    }

    /**
     * The map after {@code apply} on each of {@code records} in turn: the same entries, root and proofs,
     * built as one change. Values read or set while folding are kept parsed for the rest of the batch, and
     * the changed leaves go into the tree together ({@link Trie#putAll}), so the levels their paths share
     * are built once per batch instead of once per record. For a replayer that needs the root only where
     * the log commits one (§20.5: after each batch), such as {@code monitor --replay}.
     *
     * @throws io.trazo.ledger.record.RecordException as {@link #apply} does
     */
    public StatusMap applyAll(List<SignedRecord> records) {
        Map<MapKey, Optional<JsonObject>> seen = new HashMap<>();
        Map<MapKey, JsonObject> changed = new HashMap<>();
        for (SignedRecord record : records) {
            RecordFold.change(k -> seen.computeIfAbsent(k, this::get), record).ifPresent(c -> {
                seen.put(c.key(), Optional.of(c.value()));
                changed.put(c.key(), c.value());
            });
        }
        if (changed.isEmpty()) {
            return this;
        }
        Trie.Leaf[] leaves = changed.entrySet().stream()
                .map(e -> Trie.Leaf.of(e.getKey().internal(), Jcs.canonicalize(e.getValue())))
                .sorted((a, b) -> Arrays.compareUnsigned(a.key(), b.key()))
                .toArray(Trie.Leaf[]::new);
        long added = Arrays.stream(leaves).filter(l -> Trie.get(root, l.key()) == null).count();
        return new StatusMap(Trie.putAll(root, leaves), entries + added);
    }

    /**
     * The map after folding {@code records} into the empty map in their order: the same map, root and
     * proofs as {@code apply} on each record in turn, built in one pass. Values are kept parsed while the
     * records are folded, and the tree is built once from the entries sorted by key (§20.3 depends only on
     * the set of entries), instead of copying and rehashing a path per record; the leaves are hashed in
     * parallel. For a replay from leaf 0, such as a sequencer's start-up or a {@code monitor --replay}.
     *
     * @throws io.trazo.ledger.record.RecordException as {@link #apply} does
     */
    public static StatusMap replay(Iterable<SignedRecord> records) {
        Map<MapKey, JsonObject> entries = new HashMap<>();
        for (SignedRecord record : records) {
            RecordFold.change(k -> Optional.ofNullable(entries.get(k)), record).ifPresent(c -> entries.put(c.key(), c.value()));
        }
        Trie.Leaf[] leaves = entries.entrySet().parallelStream()
                .map(e -> Trie.Leaf.of(e.getKey().internal(), Jcs.canonicalize(e.getValue())))
                .sorted((a, b) -> Arrays.compareUnsigned(a.key(), b.key()))
                .toArray(Trie.Leaf[]::new);
        return new StatusMap(Trie.build(leaves), leaves.length);
    }

    /** The §20.3 root: 32 zero bytes for the empty map, the leaf hash for a map of one entry. */
    public byte[] root() {
        return Trie.root(root);
    }

    public long entries() {
        return entries;
    }

    /** The proof of {@code key}'s entry, or of its absence, against {@link #root()}. */
    public StatusProof prove(MapKey key) {
        return Trie.prove(root, key.internal());
    }

    /** The entry's value, if the map has one for {@code key}. */
    public Optional<JsonObject> get(MapKey key) {
        Trie.Leaf leaf = Trie.get(root, key.internal());
        return leaf == null ? Optional.empty() : Optional.of((JsonObject) VALUES.parse(leaf.value()));
    }

    /** The map with {@code key} set to {@code value}, its other entries unchanged. */
    StatusMap with(MapKey key, JsonObject value) {
        boolean added = Trie.get(root, key.internal()) == null;
        return new StatusMap(Trie.put(root, Trie.Leaf.of(key.internal(), Jcs.canonicalize(value))), added ? entries + 1 : entries);
    }
}
