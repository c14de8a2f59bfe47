package io.trazo.mongo.log;

import com.mongodb.MongoException;
import java.util.function.Supplier;

/** A MongoDB failure under a log adapter: the store is unavailable or timed out. Retryable. */
public final class MongoLogException extends RuntimeException {

    private MongoLogException(String operation, MongoException cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }

    public boolean isRetryable() {
        return true;
    }

    /** Runs one driver call, translating driver exceptions at the adapter boundary. */
    static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw new MongoLogException(operation, e);
        }
    }

    static boolean isDuplicateKey(MongoException e) {
        return e.getCode() == 11000;
    }
}
