package io.trazo.ledger.merkle.note;

import java.nio.charset.StandardCharsets;

/**
 * The one function that produces the bytes a witness signs (C2SP tlog-cosignature, "Ed25519 signed
 * message"; protocol §19.2): {@code "cosignature/v1\n" ‖ "time " ‖ decimal(timestamp) ‖ "\n" ‖ noteText}.
 */
public final class CosignatureMessage {

    /** The header line, without its newline; it is the domain separation of the message. */
    public static final String HEADER = "cosignature/v1";

    private CosignatureMessage() {}

    /**
     * The signed message for a checkpoint note text (its whole body, extension lines and final newline
     * included, no signature lines).
     *
     * @throws IllegalArgumentException if the timestamp is negative or the text is empty, lacks its
     *     final newline or holds a blank line
     */
    public static byte[] of(long timestamp, String noteText) {
        if (timestamp < 0) {
            throw new IllegalArgumentException("cosignature timestamp is negative: " + timestamp);
        }
        if (noteText.isEmpty() || !noteText.endsWith("\n") || noteText.contains("\n\n")) {
            throw new IllegalArgumentException("not a note text: it must be non-empty lines each ending in a newline");
        }
        return (HEADER + "\ntime " + timestamp + "\n" + noteText).getBytes(StandardCharsets.UTF_8);
    }
}
