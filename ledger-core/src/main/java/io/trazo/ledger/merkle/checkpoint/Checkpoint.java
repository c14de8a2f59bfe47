package io.trazo.ledger.merkle.checkpoint;

import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHead;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The body of a C2SP tlog-checkpoint: {@code origin\n}, {@code size\n} (decimal, no leading zeros),
 * {@code base64(root)\n} (RFC 6962 / RFC 9162 SHA-256 root, RFC 4648 §4 padded base64), then zero or
 * more non-empty extension lines, each ending in a newline.
 *
 * <p>{@link #parse} is strict: the root must be exactly 32 bytes in canonical base64, the size must fit
 * in a signed 64-bit integer, and lines and extension counts are bounded.
 */
public record Checkpoint(String origin, long size, TreeHash root, List<String> extensions) {

    /** Longest line accepted, in UTF-8 bytes; C2SP sets no limit, this is our bound. */
    public static final int MAX_LINE_BYTES = 1024;

    /** Most extension lines accepted. */
    public static final int MAX_EXTENSION_LINES = 32;

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(root, "root");
        if (origin.isEmpty() || origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("origin must be one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size is negative: " + size);
        }
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("extension lines must be non-empty single lines");
            }
        }
    }

    /** A checkpoint without extension lines. */
    public static Checkpoint of(String origin, TreeHead head) {
        return new Checkpoint(origin, head.size(), head.root(), List.of());
    }

    public TreeHead treeHead() {
        return new TreeHead(size, root);
    }

    /** The note text: the exact bytes a log signs. */
    public String toText() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(root.toBase64()).append('\n');
        extensions.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** Parses a note text strictly; see the class description. */
    public static Checkpoint parse(String text) throws CheckpointException {
        if (!text.endsWith("\n")) {
            throw new CheckpointException(CheckpointException.Reason.TOO_FEW_LINES,
                    "checkpoint text does not end in a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new CheckpointException(CheckpointException.Reason.TOO_FEW_LINES,
                    "checkpoint has " + lines.length + " lines, needs origin, size and root");
        }
        if (lines.length - 3 > MAX_EXTENSION_LINES) {
            throw new CheckpointException(CheckpointException.Reason.TOO_MANY_EXTENSION_LINES,
                    "checkpoint has " + (lines.length - 3) + " extension lines, limit is " + MAX_EXTENSION_LINES);
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
                throw new CheckpointException(CheckpointException.Reason.LINE_TOO_LONG,
                        "checkpoint line " + (i + 1) + " is longer than " + MAX_LINE_BYTES + " bytes");
            }
        }
        if (lines[0].isEmpty()) {
            throw new CheckpointException(CheckpointException.Reason.EMPTY_ORIGIN, "checkpoint origin is empty");
        }
        if (!DECIMAL.matcher(lines[1]).matches()) {
            throw new CheckpointException(CheckpointException.Reason.BAD_SIZE,
                    "checkpoint size is not a decimal without leading zeros: " + shorten(lines[1]));
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new CheckpointException(CheckpointException.Reason.BAD_SIZE,
                    "checkpoint size does not fit in 63 bits: " + lines[1], e);
        }
        TreeHash root;
        try {
            root = TreeHash.fromBase64(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new CheckpointException(CheckpointException.Reason.BAD_ROOT,
                    "checkpoint root is not canonical base64 of 32 bytes: " + shorten(lines[2]), e);
        }
        List<String> extensions = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new CheckpointException(CheckpointException.Reason.EMPTY_EXTENSION_LINE,
                        "checkpoint line " + (i + 1) + " is an empty extension line");
            }
            extensions.add(lines[i]);
        }
        return new Checkpoint(lines[0], size, root, extensions);
    }

    private static String shorten(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
