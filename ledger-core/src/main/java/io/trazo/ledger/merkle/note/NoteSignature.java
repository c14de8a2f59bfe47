package io.trazo.ledger.merkle.note;

/**
 * One signature line of a note: {@code — name base64(keyID[4] ‖ signature)}. {@code base64} is the
 * line's payload exactly as received; its first four bytes are {@code keyId}.
 */
public record NoteSignature(String name, int keyId, String base64) {

    /** The line as it appears in the note, newline included. */
    public String line() {
        return SignedNotes.SIGNATURE_LINE_PREFIX + name + " " + base64 + "\n";
    }
}
