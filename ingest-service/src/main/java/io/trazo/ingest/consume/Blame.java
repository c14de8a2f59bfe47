package io.trazo.ingest.consume;

import com.mongodb.MongoException;
import io.trazo.ingest.store.StoreException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Who a failed transaction is charged to. A failure of the infrastructure (the store unreachable, a
 * broker that times out or lost its leader) says nothing about the messages and is retried as long as
 * it lasts: giving up on a message for it would turn an outage into lost records. Anything else may be
 * a message's doing, so it counts towards that message's bounded tries.
 */
enum Blame {
    INFRASTRUCTURE,
    MESSAGE;

    static Blame of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the store's contract: StoreException is always transient; the memo talks to the driver directly
            if (t instanceof StoreException || t instanceof MongoException || t instanceof RetriableException) {
                return INFRASTRUCTURE;
            }
        }
        return MESSAGE;
    }
}
