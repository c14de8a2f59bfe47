package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordHashing;
import io.trazo.ledger.record.SignedRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The one function that turns an accepted record into the bytes of its Merkle leaf (see the package
 * description for the byte-exact definition).
 *
 * <pre>
 * leafInput = "trazo:log-leaf:v1" ‖ 0x00 ‖ JCS(record, signatures included)      (RFC 8785)
 * leafHash  = SHA-256(0x00 ‖ leafInput)                                         (RFC 9162 §2.1.1)
 * </pre>
 * The leaf commits to the signatures too, so a record whose signatures were swapped after acceptance
 * (say a counterparty signature dropped) no longer matches its leaf. The context string keeps a leaf
 * input from ever equalling a record-hash or signature preimage, and names the version: a future leaf
 * format gets a new string, never a new meaning for this one.
 */
public final class LogLeaf {

    /** The domain-separation prefix of every v1 leaf input, NUL included. */
    public static final byte[] DOMAIN = "trazo:log-leaf:v1\0".getBytes(StandardCharsets.US_ASCII);

    private LogLeaf() {}

    /** The leaf input of a parsed record: the domain followed by the JCS bytes of the whole record. */
    public static byte[] input(SignedRecord record) {
        byte[] canonical = Jcs.canonicalize(record.json());
        byte[] input = new byte[DOMAIN.length + canonical.length];
        System.arraycopy(DOMAIN, 0, input, 0, DOMAIN.length);
        System.arraycopy(canonical, 0, input, DOMAIN.length, canonical.length);
        return input;
    }

    /** The RFC 9162 leaf hash of a parsed record. */
    public static TreeHash hash(SignedRecord record) {
        return TreeHasher.leafHash(input(record));
    }

    /** A stored record's hash and leaf hash, computed together from its wire bytes. */
    public record Hashes(Digest record, TreeHash leaf) {}

    /**
     * The sequencer's fast path for records the ledger already accepted: strict JSON (I-JSON) parsing,
     * the record hash and the leaf hash, without re-running the record codec's field checks, which ran
     * at acceptance and cost seven times more than the hashing. The bytes are the same as
     * {@code input(RecordCodec.parse(wire))}, since the codec's {@code json()} is this very parse.
     *
     * @throws io.trazo.ledger.encoding.JsonFormatException if the bytes are not strict JSON
     * @throws IllegalArgumentException if they are not a JSON object
     */
    public static Hashes ofStored(byte[] wire) {
        return ofStored(storedJson(wire));
    }

    /** {@link #ofStored(byte[])} of a record already parsed strictly, for a caller that reads a member too. */
    public static Hashes ofStored(JsonObject json) {
        byte[] canonical = Jcs.canonicalize(json);
        MessageDigest leaf = Digest.newSha256();
        leaf.update(TreeHasher.LEAF_HASH_PREFIX);
        leaf.update(DOMAIN);
        leaf.update(canonical);
        return new Hashes(RecordHashing.recordHash(json), TreeHash.of(leaf.digest()));
    }

    /** The leaf input of an accepted record's wire bytes, by the same fast path as {@link #ofStored(byte[])}. */
    public static byte[] inputOfStored(byte[] wire) {
        byte[] canonical = Jcs.canonicalize(storedJson(wire));
        byte[] input = new byte[DOMAIN.length + canonical.length];
        System.arraycopy(DOMAIN, 0, input, 0, DOMAIN.length);
        System.arraycopy(canonical, 0, input, DOMAIN.length, canonical.length);
        return input;
    }

    /**
     * An accepted record's wire bytes parsed strictly (I-JSON), without the record codec's field checks.
     *
     * @throws io.trazo.ledger.encoding.JsonFormatException if the bytes are not strict JSON
     * @throws IllegalArgumentException if they are not a JSON object
     */
    public static JsonObject storedJson(byte[] wire) {
        if (!(StrictJson.parseRecord(wire) instanceof JsonObject json)) {
            throw new IllegalArgumentException("a record is a JSON object");
        }
        return json;
    }

    /**
     * The leaf hash of a record's wire bytes, parsed strictly first.
     *
     * @throws io.trazo.ledger.record.RecordException if the bytes are not a v1 record
     */
    public static TreeHash hash(byte[] wire) {
        return hash(RecordCodec.parse(wire));
    }
}
