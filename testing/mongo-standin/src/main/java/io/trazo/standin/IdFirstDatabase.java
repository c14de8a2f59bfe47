package io.trazo.standin;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import io.trazo.standin.IdFirstMemoryBackend.IdFirstCollection;
import java.util.List;

/** {@link IdFirstMemoryBackend}'s database: its collections plan as MongoDB does, with indexes that read plain keys directly. */
final class IdFirstDatabase extends MemoryDatabase {

    IdFirstDatabase(String name, CursorRegistry cursors) {
        super(name, cursors);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new PlainKeyUniqueIndex(indexName, keys, sparse);
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new EqualityIndex(indexName, keys);
    }

    @Override
    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
        return new IdFirstCollection(this, collectionName, options, cursorRegistry);
    }
}
