package io.trazo.ingest.consume;

import io.trazo.mongo.StoreFailures;
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
            if (StoreFailures.isStoreFailure(t) || t instanceof RetriableException) {
                return INFRASTRUCTURE;
            }
        }
        return MESSAGE;
    }
}
