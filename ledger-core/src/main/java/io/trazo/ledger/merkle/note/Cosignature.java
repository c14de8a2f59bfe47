package io.trazo.ledger.merkle.note;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * One Ed25519 {@code cosignature/v1} line (C2SP tlog-cosignature; protocol §19.2):
 * {@code — name base64(keyID[4] ‖ timestamp u64 big-endian ‖ signature[64])}, 76 payload bytes.
 * Parsing checks the shape only; {@link CosignerKey#verify} checks the signature.
 */
public final class Cosignature {

    /** Payload bytes: key ID, timestamp and signature. */
    public static final int PAYLOAD_BYTES = 4 + 8 + 64;

    private final String name;
    private final int keyId;
    private final long timestamp;
    private final byte[] signature;

    Cosignature(String name, int keyId, long timestamp, byte[] signature) {
        this.name = name;
        this.keyId = keyId;
        this.timestamp = timestamp;
        this.signature = signature;
    }

    /**
     * Parses one line, with or without its final newline.
     *
     * @throws CosignatureException {@code MALFORMED} with what is wrong
     */
    public static Cosignature parse(String line) throws CosignatureException {
        String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        if (body.length() > 1024 || !body.startsWith(SignedNotes.SIGNATURE_LINE_PREFIX)) {
            throw malformed("does not start with \"\u2014 \" or is too long", body);
        }
        String rest = body.substring(SignedNotes.SIGNATURE_LINE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0 || !NoteKeys.isValidName(rest.substring(0, space))) {
            throw malformed("has no valid key name", body);
        }
        byte[] payload = NoteKeys.canonicalBase64(rest.substring(space + 1));
        if (payload == null || payload.length != PAYLOAD_BYTES) {
            throw malformed("is not canonical base64 of " + PAYLOAD_BYTES + " bytes", body);
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        int keyId = buffer.getInt();
        long timestamp = buffer.getLong();
        if (timestamp < 0) {
            throw malformed("has a timestamp past 2^63-1", body);
        }
        byte[] signature = new byte[64];
        buffer.get(signature);
        return new Cosignature(rest.substring(0, space), keyId, timestamp, signature);
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    /** POSIX seconds at which the witness cosigned. */
    public long timestamp() {
        return timestamp;
    }

    public Instant time() {
        return Instant.ofEpochSecond(timestamp);
    }

    public byte[] signature() {
        return signature.clone();
    }

    /** The line without its final newline, as a bundle's {@code cosignatures} member holds it. */
    public String text() {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES).putInt(keyId).putLong(timestamp).put(signature).array();
        return SignedNotes.SIGNATURE_LINE_PREFIX + name + " " + Base64.getEncoder().encodeToString(payload);
    }

    /** The line as it appears in a note or a witness response, newline included. */
    public String line() {
        return text() + "\n";
    }

    private static CosignatureException malformed(String why, String line) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        return new CosignatureException(CosignatureException.Reason.MALFORMED, "cosignature line " + why + ": " + shown);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cosignature that && name.equals(that.name) && keyId == that.keyId
                && timestamp == that.timestamp && java.security.MessageDigest.isEqual(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return text();
    }
}
