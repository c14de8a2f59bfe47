package io.trazo.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import java.util.HashSet;
import java.util.Set;

/**
 * The duplicate-key error (11000) read as an answer rather than a failure: every uniqueness rule of
 * the port is a unique index, so a refusal by one is the port's result for that document. Separate
 * because both the record writes ({@link MongoLedgerStore}) and the lot writes ({@link MongoLotWrites})
 * rely on it, and the two must agree on what counts as a duplicate.
 */
final class DuplicateKeys {

    private DuplicateKeys() {}

    /**
     * Runs an unordered bulk write and returns the indices of the documents it refused as duplicate
     * keys; any other write error fails the call.
     */
    static Set<Integer> duplicates(Runnable bulk) {
        try {
            bulk.run();
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> refused = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            return refused;
        }
    }

    static boolean isDuplicateKey(MongoException e) {
        if (e instanceof MongoWriteException w) {
            return w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return e instanceof MongoCommandException c && c.getErrorCode() == 11000;
    }
}
