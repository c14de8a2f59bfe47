package io.trazo.cli;

import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "revoke", description = "Revoke a key (docs/protocol.md §8.4): records it signs at or after --revoked-at are KEY_REVOKED.")
final class RevokeKeyCommand extends GovernanceSigning {

    enum Reason { compromised, superseded, retired }

    @Option(names = "--key-id", required = true, description = "The key id, ed25519:<32 hex digits>.")
    String keyId;

    @Option(names = "--reason", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    Reason reason;

    @Option(names = "--revoked-at", description = "From when the key is revoked (default: the record time); "
            + "may be earlier, from when a compromise may have begun.")
    Instant revokedAt;

    @Override
    RecordType type() {
        return RecordType.REVOCATION;
    }

    @Override
    JsonObject body(Instant time) {
        return Json.obj("keyId", keyId, "revokedAt", format(revokedAt == null ? time : revokedAt), "reason", reason.name());
    }

    @Override
    void check(SignedRecord record) {
        RegistryRecords.revocation(record);
    }
}
