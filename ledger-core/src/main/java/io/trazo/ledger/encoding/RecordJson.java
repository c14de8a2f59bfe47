package io.trazo.ledger.encoding;

import java.util.Arrays;

/**
 * A record's JSON as {@link StrictJson#parseRecord} reads it, and, when the wire bytes are already its
 * RFC 8785 form, that form without one top-level member, cut from the bytes received.
 *
 * <p>Writers send records in JCS form, and each record's hash is taken over the JCS form of the record
 * without its {@code sigs}: when reading the bytes has shown them canonical, that form is the bytes
 * with the member cut out, and the record need not be written again to learn it (docs/protocol.md §5
 * hashes those bytes either way; only how they are obtained differs).
 */
public final class RecordJson {

    private final byte[] wire;
    private final JsonValue value;
    private final PlainJsonReader.Read plain;

    private RecordJson(byte[] wire, JsonValue value, PlainJsonReader.Read plain) {
        this.wire = wire;
        this.value = value;
        this.plain = plain;
    }

    /** @throws JsonFormatException exactly as {@link StrictJson#parseRecord} does */
    public static RecordJson read(byte[] wire) {
        PlainJsonReader.Read plain = PlainJsonReader.read(wire, StrictJson.Limits.RECORD);
        return plain != null ? new RecordJson(wire, plain.value, plain) : new RecordJson(wire, StrictJson.parseRecordTokens(wire), null);
    }

    public JsonValue value() {
        return value;
    }

    /**
     * Whether reading showed that the wire bytes are {@code Jcs.canonicalize(value())}. False means only
     * that it was not shown here: ask {@link Jcs} when it matters.
     */
    public boolean shownCanonical() {
        return plain != null && plain.canonical && value instanceof JsonObject;
    }

    /**
     * {@code Jcs.canonicalizeWithout((JsonObject) value(), member)}, cut from the wire bytes.
     *
     * @throws IllegalStateException unless {@link #shownCanonical()}
     */
    public byte[] canonicalWithout(String member) {
        if (!shownCanonical()) {
            throw new IllegalStateException("the wire bytes were not shown to be canonical");
        }
        int at = 0;
        for (String name : ((JsonObject) value).members().keySet()) {
            if (name.equals(member)) {
                return cut(at);
            }
            at++;
        }
        return wire.clone();
    }

    /** The bytes without the member at {@code index} and one comma next to it: none are left when it was alone. */
    private byte[] cut(int index) {
        int[] starts = plain.rootStarts;
        int[] ends = plain.rootEnds;
        int from;
        int to;
        if (index > 0) {
            from = ends[index - 1];
            to = ends[index];
        } else {
            from = starts[0];
            to = starts.length > 1 ? starts[1] : ends[0];
        }
        byte[] out = Arrays.copyOf(wire, wire.length - (to - from));
        System.arraycopy(wire, to, out, from, wire.length - to);
        return out;
    }
}
