package io.trazo.query.wallbreak;

import io.trazo.mongo.MongoLedgerStore;

/** Breaks a wall on purpose (BrokenWallsTest): query code that holds a write adapter. */
public final class QueryThatWrites {

    public static boolean seal(MongoLedgerStore store) {
        return store.sealPosition(1);
    }

    private QueryThatWrites() {}
}
