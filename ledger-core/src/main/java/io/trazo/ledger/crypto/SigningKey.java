package io.trazo.ledger.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 private key (the 32-byte RFC 8032 seed). It is held by exactly one party: the actor's
 * own tooling, or the sequencer for the log key. Services that only verify never construct one.
 * {@link #toString} never prints the seed.
 */
public final class SigningKey {

    private final byte[] seed;
    private final PublicKey publicKey;

    private SigningKey(byte[] seed) {
        this.seed = seed;
        byte[] pk = new byte[PublicKey.LENGTH];
        Ed25519.generatePublicKey(seed, 0, pk, 0);
        this.publicKey = PublicKey.of(pk);
    }

    public static SigningKey generate(SecureRandom random) {
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        Ed25519.generatePrivateKey(random, seed);
        return new SigningKey(seed);
    }

    public static SigningKey fromSeed(byte[] seed) {
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw CryptoException.badKeyLength("Ed25519 seed", seed.length);
        }
        return new SigningKey(seed.clone());
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public KeyId keyId() {
        return publicKey.keyId();
    }

    /** Deterministic pure Ed25519 (RFC 8032 §5.1.6) over {@code message}. */
    public Signature sign(byte[] message) {
        byte[] sig = new byte[Signature.LENGTH];
        Ed25519.sign(seed, 0, message, 0, message.length, sig, 0);
        return Signature.of(sig);
    }

    /** The seed, for writing a key file; callers own the returned copy and should wipe it. */
    public byte[] exportSeed() {
        return seed.clone();
    }

    public void destroy() {
        Arrays.fill(seed, (byte) 0);
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId() + "]";
    }
}
