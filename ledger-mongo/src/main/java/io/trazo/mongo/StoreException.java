package io.trazo.mongo;

import com.mongodb.MongoException;

/**
 * The ledger store could not complete an operation: the database is unreachable, timed out, or
 * refused a write for a reason other than a uniqueness rule. Always transient from the appender's
 * point of view: the same record can be offered again once the store is back.
 */
public final class StoreException extends RuntimeException {

    private final String operation;

    private StoreException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    static StoreException failed(String operation, MongoException cause) {
        return new StoreException(operation, "store operation " + operation + " failed: code " + cause.getCode() + ", "
                + cause.getMessage(), cause);
    }

    static StoreException corrupt(String operation, String detail) {
        return new StoreException(operation, "store operation " + operation + " found an unreadable document: " + detail, null);
    }

    public String operation() {
        return operation;
    }
}
