package io.trazo.ledger.record;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.RecordJson;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The one place that defines which bytes are hashed and signed (docs/protocol.md §5).
 *
 * <pre>
 * unsigned   = the record object without its "sigs" member
 * recordHash = SHA-256("trazo:record:vN" ‖ 0x00 ‖ JCS(unsigned))                    (RFC 8785)
 * message    = "trazo:record-signature:vN" ‖ 0x00 ‖ recordHash                         (signed, RFC 8032 §5.1.6)
 * </pre>
 *
 * where N is the record's own {@code "v"}. The distinct context strings keep a record hash from ever
 * being valid as a signing message, a Merkle leaf or node hash (those start with 0x00 / 0x01), or a
 * hash or signature of another protocol version.
 */
public final class RecordHashing {

    public static final String SIGNATURES_MEMBER = "sigs";

    private RecordHashing() {}

    /** The JCS bytes of the record without signatures: the content every signature commits to. */
    public static byte[] unsignedCanonicalBytes(JsonObject record) {
        return Jcs.canonicalizeWithout(record, SIGNATURES_MEMBER);
    }

    public static Digest recordHash(ProtocolVersion version, byte[] unsignedCanonicalBytes) {
        return Digest.sha256(version.recordDomainShared(), unsignedCanonicalBytes);
    }

    /** {@link #recordHash(ProtocolVersion, byte[])} of the record's wire bytes without {@code sigs}, hashed in place. */
    public static Digest recordHash(ProtocolVersion version, RecordJson shownCanonical) {
        MessageDigest md = Digest.newSha256();
        md.update(version.recordDomainShared());
        shownCanonical.canonicalWithoutInto(SIGNATURES_MEMBER, md);
        return Digest.of(md.digest());
    }

    /**
     * The hash of a record object under the version its own {@code "v"} names.
     *
     * @throws RecordException {@code UNKNOWN_VERSION} if {@code "v"} names no version this code reads
     */
    public static Digest recordHash(JsonObject record) {
        return recordHash(versionOf(record), unsignedCanonicalBytes(record));
    }

    public static byte[] signingMessage(ProtocolVersion version, Digest recordHash) {
        byte[] domain = version.signatureDomainShared();
        byte[] hash = recordHash.toBytes();
        byte[] message = new byte[domain.length + hash.length];
        System.arraycopy(domain, 0, message, 0, domain.length);
        System.arraycopy(hash, 0, message, domain.length, hash.length);
        return message;
    }

    /**
     * The version a record object declares: {@code "v"} must be exactly one of the integers of
     * {@link ProtocolVersion} (docs/protocol.md §1); anything else is {@code UNKNOWN_VERSION}.
     */
    public static ProtocolVersion versionOf(JsonObject record) {
        JsonValue v = record.members().get("v");
        if (v instanceof JsonNumber n && n.integral() && n.value().signum() > 0
                && n.value().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            Optional<ProtocolVersion> version = ProtocolVersion.of(n.value().intValueExact());
            if (version.isPresent()) {
                return version.get();
            }
        }
        throw new RecordException(ReasonCode.UNKNOWN_VERSION, "/v",
                "this verifier reads protocol versions 1 and 2, record says " + v);
    }
}
