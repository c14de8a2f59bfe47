package io.trazo.cli;

import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RegistryRecords;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Takes the actor's public key only: the actor keeps the key file, whose seed never leaves it. */
@Command(name = "key", description = "Add a signing key for a registered actor (docs/protocol.md §8.3). "
        + "The actor sends its public key, as printed by 'trazo keygen'.")
final class AddKeyCommand extends GovernanceSigning {

    @Option(names = "--actor", required = true, description = "The actor URI the key belongs to.")
    String actor;

    @Option(names = "--public-key", required = true, description = "The actor's public key (base64url, from 'trazo keygen').")
    String publicKey;

    @Option(names = "--valid-from", description = "First instant the key may sign (default: the record time). "
            + "Records are judged at their own time: an event dated before this is KEY_NOT_YET_VALID.")
    Instant validFrom;

    @Option(names = "--valid-until", description = "Instant from which the key no longer signs (default: no end).")
    Instant validUntil;

    @Override
    RecordType type() {
        return RecordType.KEY;
    }

    @Override
    JsonObject body(Instant time) {
        PublicKey key = PublicKey.fromBase64Url(publicKey.strip());
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("keyId", new JsonString(key.keyId().value()));
        m.put("actor", new JsonString(actor));
        m.put("publicKey", new JsonString(key.base64Url()));
        m.put("validFrom", new JsonString(format(validFrom == null ? time : validFrom)));
        if (validUntil != null) {
            m.put("validUntil", new JsonString(format(validUntil)));
        }
        return new JsonObject(m);
    }

    @Override
    void check(SignedRecord record) {
        RegistryRecords.key(record);
    }
}
