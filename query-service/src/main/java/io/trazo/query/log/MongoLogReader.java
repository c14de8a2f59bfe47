package io.trazo.query.log;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.CheckpointHistory;
import io.trazo.ledger.log.LeafIndex;
import io.trazo.ledger.log.LogWrite;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileStore;
import io.trazo.ledger.merkle.TileWriteOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Read-only views of the log's collections as ingest writes them (docs/operations.md): {@code log_tiles},
 * {@code log_leaves}, {@code log_checkpoints}; every read is by {@code _id} or a unique key (batches: {@code $in} over one of them). The query
 * side never writes: the write half of each port refuses, so read-only holds by construction.
 */
final class MongoLogReader {

    private MongoLogReader() {}

    static TileStore tiles(MongoDatabase db) {
        MongoCollection<Document> tiles = db.getCollection("log_tiles");
        return new TileStore() {
            @Override
            public TileWriteOutcome write(Tile tile) {
                throw readOnly();
            }

            /**
             * Every width that qualifies, by {@code _id} in one round trip, and the widest found: a right-edge proof
             * needs the partial tile of the checkpoint's size, which the sequencer stored before publishing it. At
             * most 256 point look-ups in the {@code _id} index, on the key the sequencer writes each tile under.
             */
            @Override
            public Optional<Tile> read(int level, long index, int minWidth) {
                Document widest = null;
                for (Document d : tiles.find(in("_id", Tile.storageKeysFrom(level, index, minWidth)))) {
                    if (widest == null || d.getInteger("width") > widest.getInteger("width")) {
                        widest = d;
                    }
                }
                return Optional.ofNullable(widest).map(MongoLogReader::tile);
            }

            @Override
            public List<Tile> readFull(int level, Collection<Long> indices) {
                List<String> ids = indices.stream().distinct().map(i -> Tile.storageKey(level, i, Tile.FULL_WIDTH)).toList();
                return ids.isEmpty() ? List.of() : tiles.find(in("_id", ids)).map(MongoLogReader::tile).into(new ArrayList<>());
            }
        };
    }

    static LeafIndex leaves(MongoDatabase db) {
        MongoCollection<Document> leaves = db.getCollection("log_leaves");
        return new LeafIndex() {
            @Override
            public LogWrite put(Digest record, long leafIndex) {
                throw readOnly();
            }

            @Override
            public Optional<Long> indexOf(Digest record) {
                return Optional.ofNullable(leaves.find(eq("record", record.hex())).first())
                        .map(d -> ((Number) d.get("_id")).longValue());
            }

            @Override
            public Map<Digest, Long> indicesOf(Collection<Digest> records) {
                List<String> hexes = records.stream().map(Digest::hex).distinct().toList();
                Map<Digest, Long> found = new LinkedHashMap<>();
                if (!hexes.isEmpty()) {
                    for (Document d : leaves.find(in("record", hexes))) {
                        found.put(Digest.fromHex(d.getString("record")), ((Number) d.get("_id")).longValue());
                    }
                }
                return found;
            }

            @Override
            public Optional<Digest> recordAt(long leafIndex) {
                return Optional.ofNullable(leaves.find(eq("_id", leafIndex)).first()).map(d -> Digest.fromHex(d.getString("record")));
            }
        };
    }

    static CheckpointHistory history(MongoDatabase db) {
        MongoCollection<Document> checkpoints = db.getCollection("log_checkpoints");
        MongoCollection<Document> state = db.getCollection("log_state");
        return new CheckpointHistory() {
            @Override
            public LogWrite append(SignedCheckpoint checkpoint) {
                throw readOnly();
            }

            @Override
            public Optional<SignedCheckpoint> at(long size) {
                return Optional.ofNullable(checkpoints.find(eq("_id", size)).first()).map(MongoLogReader::checkpoint);
            }

            /**
             * The sequencer's committed state names the newest tree size, and it publishes that size's checkpoint
             * to the history right after committing it: two exact-key reads. Only in the moment between the two
             * (or after a sequencer crash there, until it resumes and publishes) is the state ahead of the history;
             * then the newest history entry is found by sorting on {@code _id}, which MongoDB serves by reading the
             * last key of the {@code _id} index.
             */
            @Override
            public Optional<SignedCheckpoint> latest() {
                Document committed = state.find(eq("_id", "state")).first();
                if (committed != null && committed.getString("checkpoint") != null) {
                    Optional<SignedCheckpoint> published = at(((Number) committed.get("treeSize")).longValue());
                    if (published.isPresent()) {
                        return published;
                    }
                }
                return Optional.ofNullable(checkpoints.find().sort(Sorts.descending("_id")).limit(1).first())
                        .map(MongoLogReader::checkpoint);
            }

            @Override
            public List<SignedCheckpoint> since(long fromSize, int limit) {
                return checkpoints.find(gte("_id", fromSize)).sort(Sorts.ascending("_id")).limit(limit)
                        .map(MongoLogReader::checkpoint).into(new ArrayList<>());
            }
        };
    }

    private static Tile tile(Document d) {
        return Tile.of(d.getInteger("level"), ((Number) d.get("index")).longValue(), d.get("hashes", Binary.class).getData());
    }

    private static SignedCheckpoint checkpoint(Document d) {
        return new SignedCheckpoint(((Number) d.get("_id")).longValue(), d.getString("note"));
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("query-service reads the log; only ingest's sequencer writes it");
    }
}
