package io.trazo.ledger.claim;

import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.util.Set;

/** The closed body object of a record of one type: the first step of every body reader. */
final class V2Bodies {

    private V2Bodies() {}

    static Fields body(SignedRecord record, RecordType type, Set<String> members) {
        if (record.type() != type) {
            throw new IllegalArgumentException("not a " + type.wire() + " record: " + record.type().wire());
        }
        Fields body = new Fields(record.body(), "/body");
        body.requireOnly(members);
        return body;
    }
}
