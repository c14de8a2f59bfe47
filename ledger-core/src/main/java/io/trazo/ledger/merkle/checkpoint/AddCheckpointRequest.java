package io.trazo.ledger.merkle.checkpoint;

import io.trazo.ledger.merkle.TreeHash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one definition of the body of C2SP tlog-witness {@code add-checkpoint} (protocol §19.3), written
 * by the log and read by the witness: {@code old N\n}, up to 63
 * base64 proof lines, an empty line, then the signed checkpoint note. Parsing is strict: every line
 * ends in a newline, sizes are decimals without leading zeros, hashes are canonical base64 of 32 bytes.
 */
public record AddCheckpointRequest(long oldSize, List<TreeHash> proof, byte[] note) {

    /** Largest body accepted: a 64 KiB note plus the old-size and proof lines. */
    public static final int MAX_BODY_BYTES = 64 * 1024 + 64 * 46;

    /** C2SP: a client MUST NOT send more than 63 consistency proof lines. */
    public static final int MAX_PROOF_LINES = 63;

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

    public AddCheckpointRequest {
        if (oldSize < 0 || proof.size() > MAX_PROOF_LINES) {
            throw new IllegalArgumentException("old size " + oldSize + " and " + proof.size() + " proof lines: need "
                    + "old size >= 0 and at most " + MAX_PROOF_LINES + " lines");
        }
        proof = List.copyOf(proof);
        note = note.clone();
    }

    @Override
    public byte[] note() {
        return note.clone();
    }

    /**
     * Parses a body strictly.
     *
     * @throws CheckpointException {@code MALFORMED_WITNESS_REQUEST} with what is wrong
     */
    public static AddCheckpointRequest parse(byte[] body) throws CheckpointException {
        if (body.length > MAX_BODY_BYTES) {
            throw malformed("body is " + body.length + " bytes, limit is " + MAX_BODY_BYTES);
        }
        int position = 0;
        String oldLine = null;
        List<TreeHash> proof = new ArrayList<>();
        while (true) {
            int end = indexOf(body, position);
            if (end < 0) {
                throw malformed("no empty line before the checkpoint");
            }
            String line = new String(body, position, end - position, StandardCharsets.US_ASCII);
            position = end + 1;
            if (oldLine == null) {
                oldLine = line;
                continue;
            }
            if (line.isEmpty()) {
                break;
            }
            if (proof.size() == MAX_PROOF_LINES) {
                throw malformed("more than " + MAX_PROOF_LINES + " consistency proof lines");
            }
            try {
                proof.add(TreeHash.fromBase64(line));
            } catch (IllegalArgumentException e) {
                throw malformed("proof line " + proof.size() + " is not canonical base64 of 32 bytes");
            }
        }
        if (!oldLine.startsWith("old ") || !DECIMAL.matcher(oldLine.substring(4)).matches()) {
            throw malformed("first line is not \"old <decimal size>\"");
        }
        long oldSize;
        try {
            oldSize = Long.parseLong(oldLine.substring(4));
        } catch (NumberFormatException e) {
            throw malformed("old size does not fit in 63 bits");
        }
        return new AddCheckpointRequest(oldSize, proof, Arrays.copyOfRange(body, position, body.length));
    }

    private static CheckpointException malformed(String detail) {
        return new CheckpointException(CheckpointException.Reason.MALFORMED_WITNESS_REQUEST, detail);
    }

    private static int indexOf(byte[] body, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The body bytes of this request, as a log sends them. */
    public byte[] encode() {
        StringBuilder head = new StringBuilder("old ").append(oldSize).append('\n');
        proof.forEach(hash -> head.append(hash.toBase64()).append('\n'));
        head.append('\n');
        byte[] prefix = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(prefix, prefix.length + note.length);
        System.arraycopy(note, 0, body, prefix.length, note.length);
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddCheckpointRequest that && oldSize == that.oldSize && proof.equals(that.proof)
                && Arrays.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(oldSize) * 31 + Arrays.hashCode(note);
    }

    @Override
    public String toString() {
        return "AddCheckpointRequest[old " + oldSize + ", " + proof.size() + " proof lines, " + note.length + " note bytes]";
    }
}
