package io.trazo.query.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * BENCHMARK-ONLY: the filled and sequenced benchmark database, dumped document by document as BSON
 * under {@code target/}, so that a rerun of the same size restores it instead of signing, hashing and
 * sequencing a million records again. It restores exactly the bytes that were dumped (wire bytes,
 * signatures, log tiles), so every record is as validly signed and linked as when it was generated,
 * and the benchmark re-verifies what it serves. Bump {@link #FORMAT} whenever the generator or the
 * stored schema changes, which makes older snapshots unreadable rather than silently stale.
 */
final class StoreSnapshot {

    private static final String MAGIC = "trazo-query-bench-store";
    private static final int FORMAT = 3;
    private static final int BATCH = 2000;

    private StoreSnapshot() {}

    static Path path(int units) {
        return Path.of("query-service", "target", "bench-store-" + units + "u-v" + FORMAT + ".bson");
    }

    /** Writes every collection of {@code db}; the file appears only once complete. */
    static long dump(MongoDatabase db, int units, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        long documents = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(units);
            for (String name : db.listCollectionNames()) {
                out.writeUTF(name);
                try (MongoCursor<RawBsonDocument> cursor = db.getCollection(name, RawBsonDocument.class).find().batchSize(BATCH).iterator()) {
                    while (cursor.hasNext()) {
                        ByteBuffer bson = cursor.next().getByteBuffer().asNIO();
                        byte[] bytes = new byte[bson.remaining()];
                        bson.get(bytes);
                        out.writeInt(bytes.length);
                        out.write(bytes);
                        documents++;
                    }
                }
                out.writeInt(0);
            }
            out.writeUTF("");
        }
        Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return documents;
    }

    /**
     * Restores a dump into {@code db}, whose indexes the caller has already created as the services do;
     * each collection's present documents (such as a counter {@code ensureIndexes} seeded) are replaced.
     * Empty if there is no snapshot for this size.
     */
    static Optional<Long> restore(MongoDatabase db, int units, Path from) throws IOException {
        if (!Files.exists(from)) {
            return Optional.empty();
        }
        long documents = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(from), 1 << 20))) {
            String magic = in.readUTF();
            int format = in.readInt();
            int size = in.readInt();
            if (!magic.equals(MAGIC) || format != FORMAT || size != units) {
                throw new IOException(from + " is " + magic + " v" + format + " of " + size + " units, expected " + MAGIC + " v" + FORMAT
                        + " of " + units + " units");
            }
            for (String name = in.readUTF(); !name.isEmpty(); name = in.readUTF()) {
                MongoCollection<RawBsonDocument> collection = db.getCollection(name, RawBsonDocument.class);
                collection.deleteMany(new Document());
                List<RawBsonDocument> batch = new ArrayList<>(BATCH);
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    byte[] bytes = new byte[length];
                    in.readFully(bytes);
                    batch.add(new RawBsonDocument(bytes));
                    if (batch.size() == BATCH) {
                        collection.insertMany(batch);
                        documents += batch.size();
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    collection.insertMany(batch);
                    documents += batch.size();
                }
            }
        }
        return Optional.of(documents);
    }
}
