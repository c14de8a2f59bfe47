package io.trazo.ledger.crypto;

/** A key or signature that fails Trazo's Ed25519 policy before any verification is attempted. */
public final class CryptoException extends RuntimeException {

    public enum Reason {
        BAD_SIGNATURE_LENGTH,
        BAD_KEY_LENGTH,
        WEAK_PUBLIC_KEY,
        BAD_ENCODING
    }

    private final Reason reason;

    private CryptoException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static CryptoException badSignatureLength(int actual) {
        return new CryptoException(Reason.BAD_SIGNATURE_LENGTH,
                "Ed25519 signature must be exactly 64 bytes, got " + actual);
    }

    static CryptoException badKeyLength(String what, int actual) {
        return new CryptoException(Reason.BAD_KEY_LENGTH, what + " must be exactly 32 bytes, got " + actual);
    }

    static CryptoException weakPublicKey(String hex) {
        return new CryptoException(Reason.WEAK_PUBLIC_KEY,
                "public key " + hex + " is not a canonical encoding of a point of prime order (RFC 8032 §5.1.3)");
    }

    static CryptoException badEncoding(String what, String detail) {
        return new CryptoException(Reason.BAD_ENCODING, what + " is not valid base64url: " + detail);
    }
}
