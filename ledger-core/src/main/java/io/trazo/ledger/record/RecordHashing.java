package io.trazo.ledger.record;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The one place that defines which bytes are hashed and signed (docs/protocol.md §Record hash).
 *
 * <pre>
 * unsigned   = the record object without its "sigs" member
 * recordHash = SHA-256("trazo:record:v1" ‖ 0x00 ‖ JCS(unsigned))                    (RFC 8785)
 * message    = "trazo:record-signature:v1" ‖ 0x00 ‖ recordHash                         (signed, RFC 8032 §5.1.6)
 * </pre>
 *
 * The distinct context strings keep a record hash from ever being valid as a signing message, a
 * Merkle leaf or node hash (those start with 0x00 / 0x01), or another version's hash.
 */
public final class RecordHashing {

    public static final String SIGNATURES_MEMBER = "sigs";
    static final byte[] RECORD_DOMAIN = "trazo:record:v1\0".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SIGNATURE_DOMAIN = "trazo:record-signature:v1\0".getBytes(StandardCharsets.US_ASCII);

    private RecordHashing() {}

    /** The JCS bytes of the record without signatures: the content every signature commits to. */
    public static byte[] unsignedCanonicalBytes(JsonObject record) {
        return Jcs.canonicalize(record.without(SIGNATURES_MEMBER));
    }

    public static Digest recordHash(byte[] unsignedCanonicalBytes) {
        return Digest.sha256(RECORD_DOMAIN, unsignedCanonicalBytes);
    }

    public static Digest recordHash(JsonObject record) {
        return recordHash(unsignedCanonicalBytes(record));
    }

    public static byte[] signingMessage(Digest recordHash) {
        byte[] hash = recordHash.toBytes();
        byte[] message = new byte[SIGNATURE_DOMAIN.length + hash.length];
        System.arraycopy(SIGNATURE_DOMAIN, 0, message, 0, SIGNATURE_DOMAIN.length);
        System.arraycopy(hash, 0, message, SIGNATURE_DOMAIN.length, hash.length);
        return message;
    }

    static MessageDigest startRecordHash() {
        MessageDigest md = Digest.newSha256();
        md.update(RECORD_DOMAIN);
        return md;
    }
}
