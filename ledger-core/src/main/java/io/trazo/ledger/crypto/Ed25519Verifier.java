package io.trazo.ledger.crypto;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Pure Ed25519 verification (RFC 8032 §5.1.7) with Trazo's acceptance policy, which every conforming
 * verifier must apply identically so that ingest and an offline buyer never disagree:
 * <ul>
 *   <li>the signature is exactly 64 bytes ({@link Signature} enforces it);
 *   <li>the public key is canonical and of prime order ({@link PublicKey} enforces it);
 *   <li>R is canonically encoded and S &lt; L (BouncyCastle enforces both);
 *   <li>R is not one of the eight small-order points, checked here against their canonical encodings.
 * </ul>
 */
public final class Ed25519Verifier {

    private static final byte[][] SMALL_ORDER_ENCODINGS = SmallOrderPoints.canonicalEncodings();

    private Ed25519Verifier() {}

    public static boolean verify(PublicKey key, byte[] message, Signature signature) {
        byte[] sig = signature.internal();
        if (hasSmallOrderR(sig)) {
            return false;
        }
        return Ed25519.verify(sig, 0, key.point(), message, 0, message.length);
    }

    static boolean hasSmallOrderR(byte[] sig) {
        outer:
        for (byte[] encoding : SMALL_ORDER_ENCODINGS) {
            for (int i = 0; i < 32; i++) {
                if (sig[i] != encoding[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
