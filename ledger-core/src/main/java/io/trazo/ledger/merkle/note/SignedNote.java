package io.trazo.ledger.merkle.note;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An opened note: the signed text (ending in a newline, blank line excluded) and its signatures.
 * Every signature in {@code verified} was checked against a known key; {@code unverified} holds the
 * distinct lines from keys the verifier did not know, which were ignored (C2SP signed-note).
 */
public record SignedNote(String text, List<NoteSignature> verified, List<NoteSignature> unverified) {

    public SignedNote {
        verified = List.copyOf(verified);
        unverified = List.copyOf(unverified);
    }

    /** The exact bytes that were signed. */
    public byte[] textBytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
