package io.trazo.ledger.statusmap;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The §20.2–§20.3 hash functions. The prefix bytes 0x02 (map leaf) and 0x03 (map node) follow on from
 * RFC 9162's 0x00 and 0x01, so no map hash can be replayed as a log leaf or node, nor a leaf as a node.
 */
public final class MapHashing {

    static final byte LEAF_PREFIX = 0x02;
    static final byte NODE_PREFIX = 0x03;
    static final byte[] VALUE_DOMAIN = "trazo:map-value:v1\0".getBytes(StandardCharsets.US_ASCII);
    /** The hash of an empty subtree at any height: 32 zero bytes. */
    static final byte[] EMPTY = new byte[32];

    private MapHashing() {}

    /** {@code SHA-256("trazo:map-value:v1" ‖ 0x00 ‖ JCS(value))}. */
    public static byte[] valueHash(JsonObject value) {
        return valueHashOfCanonical(Jcs.canonicalize(value));
    }

    static byte[] valueHashOfCanonical(byte[] jcs) {
        return Digest.sha256(VALUE_DOMAIN, jcs).toBytes();
    }

    /** {@code SHA-256(0x02 ‖ mapKey ‖ valueHash)}. */
    public static byte[] leafHash(byte[] mapKey, byte[] valueHash) {
        MessageDigest md = Digest.newSha256();
        md.update(LEAF_PREFIX);
        md.update(mapKey);
        md.update(valueHash);
        return md.digest();
    }

    /** {@code SHA-256(0x03 ‖ left ‖ right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = Digest.newSha256();
        md.update(NODE_PREFIX);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    static boolean isEmpty(byte[] hash) {
        for (byte b : hash) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
