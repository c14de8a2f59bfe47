package io.trazo.ledger.crypto;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded memo of Ed25519 verifications that succeeded, for a verifier that sees the same immutable
 * records again and again (the query service re-verifies a lot's whole ancestry on every request).
 *
 * <p>Why it can never make a verifier accept what it should reject: {@link Ed25519Verifier#verify} is
 * a pure function of (public key, message, signature), with no clock, registry or revocation input.
 * An entry holds those three byte strings exactly (not a hash of them) and is added only after that
 * function returned {@code true} for them, so a hit returns what the function would return again.
 * Failures are never stored and a miss always runs the full check. Everything that can change over
 * time (whether the key is registered, valid at the record's time, revoked, the signer's role) is
 * decided by the caller on every request, outside this memo.
 *
 * <p>Thread-safe. Least recently used entries are dropped beyond {@code capacity}.
 */
public final class VerifiedSignatures {

    private final Map<ByteBuffer, Boolean> verified;

    public VerifiedSignatures(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.verified = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Exactly {@link Ed25519Verifier#verify}, memoised for successes. */
    public boolean verify(PublicKey key, byte[] message, Signature signature) {
        ByteBuffer entry = entry(key, message, signature);
        synchronized (verified) {
            if (verified.get(entry) != null) {
                return true;
            }
        }
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

    /** Length-prefixed so that no two different triples share an entry. */
    private static ByteBuffer entry(PublicKey key, byte[] message, Signature signature) {
        byte[] k = key.toBytes();
        byte[] s = signature.toBytes();
        ByteBuffer b = ByteBuffer.allocate(12 + k.length + s.length + message.length);
        b.putInt(k.length).put(k).putInt(s.length).put(s).putInt(message.length).put(message);
        return b.flip();
    }
}
