package io.trazo.ledger.crypto;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded memo of Ed25519 verifications that succeeded, for a verifier that sees the same immutable
 * records again and again (the query service re-verifies a lot's whole ancestry on every request, and
 * verifies each record once ahead of its views).
 *
 * <p>Why it can never make a verifier accept what it should reject: {@link Ed25519Verifier#verify} is
 * a pure function of (public key, message, signature), with no clock, registry or revocation input.
 * An entry is the SHA-256 of those three byte strings, each prefixed with its length so that no two
 * different triples have the same input, and is added only after that function returned {@code true}
 * for them; so a hit returns what the function would return again, unless two different triples share
 * a SHA-256 digest. The ledger rests on that not happening already: every record hash, the message
 * each signature signs, and every log leaf is a SHA-256, so a collision would forge records anyway.
 * A stored record changed by so much as a byte has another record hash, hence another message, hence
 * another entry: it misses and is fully checked. Failures are never stored and a miss always runs the
 * full check. Everything that can change over time (whether the key is registered, valid at the
 * record's time, revoked, the signer's role) is decided by the caller on every request, outside this memo.
 *
 * <p>An entry is 32 bytes of digest in four {@code long}s (about 100 bytes with the map's own entry,
 * against about 300 for the triple itself), so a memo sized for a whole ledger's signatures fits a heap.
 *
 * <p>Thread-safe. Least recently used entries are dropped beyond {@code capacity}.
 */
public final class VerifiedSignatures {

    /** A SHA-256 digest as four longs: equality and hashing without a byte array's identity semantics. */
    private record Entry(long a, long b, long c, long d) {}

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    });

    private final Map<Entry, Boolean> verified;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public VerifiedSignatures(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.verified = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Entry, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Exactly {@link Ed25519Verifier#verify}, memoised for successes. */
    public boolean verify(PublicKey key, byte[] message, Signature signature) {
        Entry entry = entry(key, message, signature);
        synchronized (verified) {
            if (verified.get(entry) != null) {
                hits.increment();
                return true;
            }
        }
        misses.increment();
        boolean valid = Ed25519Verifier.verify(key, message, signature);
        if (valid) {
            synchronized (verified) {
                verified.put(entry, Boolean.TRUE);
            }
        }
        return valid;
    }

    public int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    /** Calls of {@link #verify} answered from the memo, since it was made. */
    public long hits() {
        return hits.sum();
    }

    /** Calls of {@link #verify} that ran Ed25519 (whatever it answered), since the memo was made. */
    public long misses() {
        return misses.sum();
    }

    /** Length-prefixed so that no two different triples hash the same input. */
    private static Entry entry(PublicKey key, byte[] message, Signature signature) {
        MessageDigest sha = SHA256.get();
        byte[] k = key.toBytes();
        byte[] s = signature.toBytes();
        sha.update(length(k.length));
        sha.update(k);
        sha.update(length(s.length));
        sha.update(s);
        sha.update(length(message.length));
        sha.update(message);
        ByteBuffer d = ByteBuffer.wrap(sha.digest());
        return new Entry(d.getLong(), d.getLong(), d.getLong(), d.getLong());
    }

    private static byte[] length(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
