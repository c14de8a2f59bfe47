package io.trazo.ledger.statusmap;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Readers of the map values a bundle verifier judges (docs/protocol.md §20.2). They check the shape
 * only; that a value is the one the log committed to is the proof's job.
 */
public final class StatusValues {

    private static final Set<String> KEY_MEMBERS = Set.of("actor", "key", "roles", "revocation");
    private static final Set<String> REVOCATION_MEMBERS = Set.of("reason", "record", "revokedAt");
    private static final Set<String> CERTIFICATE_MEMBERS = Set.of("certificate", "certifier", "status", "history");
    private static final Set<String> CHANGE_MEMBERS = Set.of("effectiveFrom", "record", "status");

    private StatusValues() {}

    /** A key's entry: its key record, its actor and, if revoked, from when. */
    public record KeyStatus(String actor, Digest keyRecord, Optional<Instant> revokedAt, Optional<Digest> revocationRecord) {

        /** Whether a record signed at {@code time} with this key falls at or after its revocation (§8.4). */
        public boolean revokedAt(Instant time) {
            return revokedAt.map(r -> !time.isBefore(r)).orElse(false);
        }
    }

    /** One {@code certificate_status} record as the certificate's entry lists it. */
    public record StatusChange(Instant effectiveFrom, String status, Digest record) {}

    /** A certificate's entry: who signed it and its status history in log order. */
    public record CertificateState(Digest certificate, String certifier, String status, List<StatusChange> history) {

        public CertificateState {
            history = List.copyOf(history);
        }

        /**
         * The status in force at {@code time}: the change with the greatest {@code effectiveFrom} at or
         * before it, the later one in the history on a tie; {@code active} before any change.
         */
        public String statusAt(Instant time) {
            StatusChange inForce = null;
            for (StatusChange c : history) {
                if (!c.effectiveFrom().isAfter(time) && (inForce == null || !c.effectiveFrom().isBefore(inForce.effectiveFrom()))) {
                    inForce = c;
                }
            }
            return inForce == null ? "active" : inForce.status();
        }
    }

    public static KeyStatus key(JsonObject value) throws StatusValueException {
        closed(value, KEY_MEMBERS, "a key value");
        if (!(value.get("roles").orElse(null) instanceof JsonArray)) {
            throw new StatusValueException("a key value's roles is an array");
        }
        Optional<JsonObject> revocation = Optional.empty();
        if (value.has("revocation")) {
            if (!(value.get("revocation").orElseThrow() instanceof JsonObject r)) {
                throw new StatusValueException("a key value's revocation is an object");
            }
            closed(r, REVOCATION_MEMBERS, "a revocation");
            string(r, "reason");
            revocation = Optional.of(r);
        }
        return new KeyStatus(string(value, "actor"), digest(value, "key"),
                revocation.isPresent() ? Optional.of(time(revocation.get(), "revokedAt")) : Optional.empty(),
                revocation.isPresent() ? Optional.of(digest(revocation.get(), "record")) : Optional.empty());
    }

    public static CertificateState certificate(JsonObject value) throws StatusValueException {
        closed(value, CERTIFICATE_MEMBERS, "a certificate value");
        List<StatusChange> history = new ArrayList<>();
        if (value.has("history")) {
            if (!(value.get("history").orElseThrow() instanceof JsonArray changes)) {
                throw new StatusValueException("a certificate's history is an array");
            }
            for (JsonValue c : changes.elements()) {
                if (!(c instanceof JsonObject change)) {
                    throw new StatusValueException("a history entry is an object");
                }
                closed(change, CHANGE_MEMBERS, "a history entry");
                history.add(new StatusChange(time(change, "effectiveFrom"), string(change, "status"), digest(change, "record")));
            }
        }
        return new CertificateState(digest(value, "certificate"), string(value, "certifier"), string(value, "status"), history);
    }

    private static void closed(JsonObject o, Set<String> allowed, String what) throws StatusValueException {
        for (String name : o.members().keySet()) {
            if (!allowed.contains(name)) {
                throw new StatusValueException(what + " has no member \"" + name + "\"");
            }
        }
    }

    private static String string(JsonObject o, String name) throws StatusValueException {
        if (!(o.get(name).orElse(null) instanceof JsonString s)) {
            throw new StatusValueException("member \"" + name + "\" is a required string");
        }
        return s.value();
    }

    private static Digest digest(JsonObject o, String name) throws StatusValueException {
        String s = string(o, name);
        if (!s.matches("[0-9a-f]{64}")) {
            throw new StatusValueException("member \"" + name + "\" is 64 lower-case hex digits");
        }
        return Digest.fromHex(s);
    }

    private static Instant time(JsonObject o, String name) throws StatusValueException {
        try {
            return Instant.parse(string(o, name));
        } catch (DateTimeParseException e) {
            throw new StatusValueException("member \"" + name + "\" is not a UTC time");
        }
    }
}
