package io.trazo.audit;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.record.SignedRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A record as the audit sees it: identity, type, signer, time and body. Records the core parses arrive
 * with their {@link SignedRecord}; v2 types the core does not parse yet ({@code certificate_status},
 * {@code location}) are read from their body by the protocol's member names, so the audit does not
 * wait for their classes.
 *
 * <p>The audit trusts that every record it is given was verified (accepted by ingest, or checked by
 * the offline bundle verifier); it never checks signatures itself.
 */
public record AuditRecord(Digest hash, String type, String actor, Optional<String> counterparty, Instant time, JsonObject body,
        Optional<SignedRecord> signed) {

    public AuditRecord {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(body, "body");
    }

    public static AuditRecord of(SignedRecord record) {
        return new AuditRecord(record.hash(), record.type().wire(), record.actor(), record.counterparty(), record.time(),
                record.body(), Optional.of(record));
    }

    /** A record of a type this core cannot parse yet, given by its hash and envelope members. */
    public static AuditRecord unparsed(Digest hash, String type, String actor, Instant time, JsonObject body) {
        return new AuditRecord(hash, type, actor, Optional.empty(), time, body, Optional.empty());
    }

    SignedRecord requireSigned() {
        return signed.orElseThrow(() -> new AuditInputException("a " + type + " record " + hash.hex()
                + " needs its signed form (the core parses this type)"));
    }
}
