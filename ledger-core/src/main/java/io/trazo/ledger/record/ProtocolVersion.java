package io.trazo.ledger.record;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The record protocol versions a verifier reads (docs/protocol.md §1). Each version has its own
 * hash and signature domain strings (§5), so bytes signed under one version never verify under
 * another: a v1 record relabelled {@code "v": 2} hashes differently and its signatures fail.
 */
public enum ProtocolVersion {
    /** The original protocol: integers only, fixed event context. Valid byte for byte forever. */
    V1(1),
    /** Decimals, the event's own {@code @context}, CBV 2.0 vocabulary (docs/protocol.md §9). */
    V2(2);

    private final int number;
    private final byte[] recordDomain;
    private final byte[] signatureDomain;

    ProtocolVersion(int number) {
        this.number = number;
        this.recordDomain = ("trazo:record:v" + number + "\0").getBytes(StandardCharsets.US_ASCII);
        this.signatureDomain = ("trazo:record-signature:v" + number + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    /** The value of the record's {@code "v"} member. */
    public int number() {
        return number;
    }

    public static Optional<ProtocolVersion> of(int number) {
        for (ProtocolVersion v : values()) {
            if (v.number == number) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** {@code "trazo:record:vN" ‖ 0x00}; a fresh copy. */
    public byte[] recordDomain() {
        return recordDomain.clone();
    }

    /** {@code "trazo:record-signature:vN" ‖ 0x00}; a fresh copy. */
    public byte[] signatureDomain() {
        return signatureDomain.clone();
    }

    byte[] recordDomainShared() {
        return recordDomain;
    }

    byte[] signatureDomainShared() {
        return signatureDomain;
    }
}
