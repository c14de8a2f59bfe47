package io.trazo.audit;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * A v2 {@code certificate_status} record: the issuing certifier suspends, reinstates or withdraws a
 * certificate from {@code effectiveFrom} on (docs/protocol.md, v2 record types). Read by member name
 * from the body; the core checks its shape when it verifies the record.
 */
public record CertificateStatus(Digest certificate, Status status, Instant effectiveFrom, String reason, String signer,
        Digest recordHash) {

    public static final String TYPE = "certificate_status";

    public enum Status {
        SUSPENDED("suspended"),
        REINSTATED("reinstated"),
        WITHDRAWN("withdrawn");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        static Status fromWire(String wire) {
            return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst()
                    .orElseThrow(() -> new AuditInputException("unknown certificate status \"" + wire + "\""));
        }
    }

    public static CertificateStatus read(AuditRecord record) {
        if (!record.type().equals(TYPE)) {
            throw new IllegalArgumentException("not a certificate_status record: " + record.type());
        }
        JsonObject body = record.body();
        try {
            return new CertificateStatus(Digest.fromHex(string(body, "certificate")), Status.fromWire(string(body, "status")),
                    Instant.parse(string(body, "effectiveFrom")), string(body, "reason"), record.actor(), record.hash());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new AuditInputException("certificate_status " + record.hash().hex() + ": " + e.getMessage());
        }
    }

    static String string(JsonObject body, String name) {
        JsonValue v = body.get(name).orElseThrow(() -> new AuditInputException("missing member \"" + name + "\""));
        if (!(v instanceof JsonString s)) {
            throw new AuditInputException("member \"" + name + "\" is not a string");
        }
        return s.value();
    }
}
