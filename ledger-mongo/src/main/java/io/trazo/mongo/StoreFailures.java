package io.trazo.mongo;

import com.mongodb.MongoException;
import io.trazo.mongo.log.MongoLogException;

/**
 * Which failures come from the store rather than from what was being stored, so callers can retry them
 * for as long as the outage lasts without naming the driver: this module's own exceptions, which are
 * transient by contract, and a driver exception that an adapter passed through (ingest's receipts).
 */
public final class StoreFailures {

    private StoreFailures() {}

    public static boolean isStoreFailure(Throwable t) {
        return t instanceof StoreException || t instanceof MongoLogException || t instanceof MongoException;
    }
}
