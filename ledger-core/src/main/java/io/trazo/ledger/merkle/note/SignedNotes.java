package io.trazo.ledger.merkle.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signs and opens C2SP signed notes with Ed25519 keys (signature type 0x01).
 *
 * <p>A note is {@code text ‖ "\n" ‖ signature lines}; the text ends in a newline and each line is
 * {@code "— " ‖ name ‖ " " ‖ base64(keyID[4] ‖ signature) ‖ "\n"} (the dash is U+2014). The Ed25519
 * signature is over the text bytes, final newline included. Opening follows golang.org/x/mod
 * {@code sumdb/note.Open}: lines from unknown (name, key ID) pairs are ignored, whatever their length
 * (so tlog-cosignature type 0x04 lines pass through); a bad signature from a known key rejects the
 * note; a note with no signature from a known key is rejected.
 */
public final class SignedNotes {

    /** Largest note accepted, in bytes; C2SP sets no limit, this is our bound. */
    public static final int MAX_NOTE_BYTES = 64 * 1024;

    /** Most signature lines accepted; as in Go, and C2SP asks for at least 16. */
    public static final int MAX_SIGNATURES = 100;

    static final String SIGNATURE_LINE_PREFIX = "\u2014 ";

    private static final int KEY_ID_BYTES = 4;

    private SignedNotes() {}

    /**
     * Signs {@code text} with each key, in order.
     *
     * @throws IllegalArgumentException if {@code text} is empty, lacks its final newline or holds a
     *     control character other than newline
     */
    public static byte[] sign(String text, List<NoteSignerKey> keys) {
        if (text.isEmpty() || !text.endsWith("\n") || hasControlCharacter(text)) {
            throw new IllegalArgumentException("note text must be non-empty, end in a newline and hold no "
                    + "control characters other than newline");
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a note needs at least one signature");
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder note = new StringBuilder(text).append('\n');
        for (NoteSignerKey key : keys) {
            byte[] payload = ByteBuffer.allocate(KEY_ID_BYTES + 64).putInt(key.keyId()).put(key.sign(message)).array();
            note.append(new NoteSignature(key.name(), key.keyId(), Base64.getEncoder().encodeToString(payload)).line());
        }
        return note.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses {@code note} and verifies it against {@code knownKeys}.
     *
     * @throws NoteException with the precise reason if the note is malformed, a known key's signature
     *     fails, or no known key signed it
     */
    public static SignedNote open(byte[] note, Collection<NoteVerifierKey> knownKeys) throws NoteException {
        if (note.length > MAX_NOTE_BYTES) {
            throw new NoteException(NoteException.Reason.TOO_LARGE,
                    "note is " + note.length + " bytes, limit is " + MAX_NOTE_BYTES);
        }
        String all = decodeUtf8(note);
        if (hasControlCharacter(all)) {
            throw new NoteException(NoteException.Reason.CONTROL_CHARACTER,
                    "note holds a control character other than newline");
        }
        int split = all.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteException(NoteException.Reason.MISSING_SIGNATURES, "note has no blank line before signatures");
        }
        String text = all.substring(0, split + 1);
        String block = all.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new NoteException(NoteException.Reason.MISSING_SIGNATURES,
                    "signature block is empty or lacks its final newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new NoteException(NoteException.Reason.TOO_MANY_SIGNATURES,
                    "note has " + lines.length + " signature lines, limit is " + MAX_SIGNATURES);
        }
        Map<String, NoteVerifierKey> keys = index(knownKeys);
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> verified = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        Set<NoteSignature> unverified = new LinkedHashSet<>();
        for (String line : lines) {
            NoteSignature signature = parseLine(line);
            byte[] payload = Base64.getDecoder().decode(signature.base64());
            String keyName = signature.name() + "+" + NoteKeys.hex8(signature.keyId());
            NoteVerifierKey key = keys.get(keyName);
            if (key == null) {
                unverified.add(signature);
                continue;
            }
            if (!seenKeys.add(keyName)) {
                continue;
            }
            if (payload.length != KEY_ID_BYTES + 64) {
                throw new NoteException(NoteException.Reason.WRONG_SIGNATURE_LENGTH, "signature by " + keyName
                        + " is " + (payload.length - KEY_ID_BYTES) + " bytes, expected 64");
            }
            byte[] ed25519 = java.util.Arrays.copyOfRange(payload, KEY_ID_BYTES, payload.length);
            if (!key.verify(message, ed25519)) {
                throw new NoteException(NoteException.Reason.INVALID_SIGNATURE, "invalid signature for key " + keyName);
            }
            verified.add(signature);
        }
        if (verified.isEmpty()) {
            throw new NoteException(NoteException.Reason.NO_VERIFIABLE_SIGNATURE,
                    "no signature from a known key (" + unverified.size() + " from unknown keys)");
        }
        return new SignedNote(text, verified, new ArrayList<>(unverified));
    }

    private static NoteSignature parseLine(String line) throws NoteException {
        if (!line.startsWith(SIGNATURE_LINE_PREFIX)) {
            throw malformedLine("does not start with \"\u2014 \"", line);
        }
        String rest = line.substring(SIGNATURE_LINE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw malformedLine("has no space between name and signature", line);
        }
        String name = rest.substring(0, space);
        String base64 = rest.substring(space + 1);
        if (!NoteKeys.isValidName(name)) {
            throw malformedLine("has an invalid key name", line);
        }
        byte[] payload = NoteKeys.canonicalBase64(base64);
        if (payload == null || payload.length <= KEY_ID_BYTES) {
            throw malformedLine("has no canonical base64 key ID and signature", line);
        }
        return new NoteSignature(name, ByteBuffer.wrap(payload).getInt(), base64);
    }

    private static NoteException malformedLine(String why, String line) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        return new NoteException(NoteException.Reason.MALFORMED_SIGNATURE_LINE, "signature line " + why + ": " + shown);
    }

    private static Map<String, NoteVerifierKey> index(Collection<NoteVerifierKey> knownKeys) {
        Map<String, NoteVerifierKey> keys = new HashMap<>();
        for (NoteVerifierKey key : knownKeys) {
            NoteVerifierKey previous = keys.putIfAbsent(key.name() + "+" + NoteKeys.hex8(key.keyId()), key);
            if (previous != null && !previous.equals(key)) {
                throw new IllegalArgumentException("two verifier keys share name and key ID: " + key.name());
            }
        }
        return keys;
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\n');
    }

    private static String decodeUtf8(byte[] bytes) throws NoteException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NoteException(NoteException.Reason.NOT_UTF8, "note is not well-formed UTF-8");
        }
    }
}
