package io.trazo.ledger.merkle;

import java.util.HexFormat;


/** An inclusion or consistency proof that does not verify; permanent, never retryable. */
public final class InvalidProofException extends Exception {

    /** Why verification failed. */
    public enum Reason {
        /** A leaf hash, root or proof node is not {@value TreeHash#LENGTH} bytes. */
        BAD_HASH_LENGTH,
        /** The leaf index is not below the tree size. */
        INDEX_OUT_OF_RANGE,
        /** Consistency sizes are not {@code 0 < size1 <= size2}. */
        SIZE_OUT_OF_RANGE,
        /** The proof ran out of nodes before reaching the root. */
        PROOF_TOO_SHORT,
        /** The proof has nodes left over after reaching the root. */
        PROOF_TOO_LONG,
        /** The recomputed root differs from the expected one. */
        ROOT_MISMATCH
    }

    private final Reason reason;

    private InvalidProofException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static InvalidProofException badHashLength(String what, int length) {
        return new InvalidProofException(Reason.BAD_HASH_LENGTH,
                what + " is " + length + " bytes, expected " + TreeHash.LENGTH);
    }

    static InvalidProofException indexOutOfRange(long index, long size) {
        return new InvalidProofException(Reason.INDEX_OUT_OF_RANGE,
                "leaf index " + index + " is not below tree size " + size);
    }

    static InvalidProofException sizeOutOfRange(long size1, long size2) {
        return new InvalidProofException(Reason.SIZE_OUT_OF_RANGE,
                "consistency needs 0 < size1 <= size2, got " + size1 + " and " + size2);
    }

    static InvalidProofException tooShort(int length) {
        return new InvalidProofException(Reason.PROOF_TOO_SHORT, "proof of " + length + " nodes is too short");
    }

    static InvalidProofException tooLong(int length) {
        return new InvalidProofException(Reason.PROOF_TOO_LONG, "proof of " + length + " nodes is too long");
    }

    static InvalidProofException rootMismatch(String which, TreeHash expected, TreeHash actual) {
        return new InvalidProofException(Reason.ROOT_MISMATCH,
                which + " mismatch: expected " + expected.toHex() + ", computed " + actual.toHex());
    }

    static InvalidProofException rootsDiffer(byte[] root1, byte[] root2) {
        return new InvalidProofException(Reason.ROOT_MISMATCH, "trees of equal size have different roots: "
                + HexFormat.of().formatHex(root1) + " and " + HexFormat.of().formatHex(root2));
    }
}
