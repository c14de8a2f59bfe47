package io.trazo.audit;

import io.trazo.ledger.crypto.Digest;
import java.util.List;

/**
 * One thing an auditor must look at, with the record hashes behind it so anyone can check it against
 * the ledger or a bundle.
 */
public record Finding(AuditReason reason, String detail, List<Digest> records) {

    public Finding {
        records = List.copyOf(records);
    }
}
