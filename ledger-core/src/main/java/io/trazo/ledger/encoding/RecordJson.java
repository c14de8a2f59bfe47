package io.trazo.ledger.encoding;

import java.security.MessageDigest;
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
        int[] cut = cutOf(member);
        byte[] out = Arrays.copyOf(wire, wire.length - (cut[1] - cut[0]));
        System.arraycopy(wire, cut[1], out, cut[0], wire.length - cut[1]);
        return out;
    }

    /**
     * Feeds {@code md} exactly the bytes of {@link #canonicalWithout}, from the wire bytes in place: a
     * record's hash need not copy the record first.
     *
     * @throws IllegalStateException unless {@link #shownCanonical()}
     */
    public void canonicalWithoutInto(String member, MessageDigest md) {
        int[] cut = cutOf(member);
        md.update(wire, 0, cut[0]);
        md.update(wire, cut[1], wire.length - cut[1]);
    }

    /**
     * Where the member and one comma next to it lie in the bytes, from and to: none are left when it was
     * alone, and the range is empty when there is no such member.
     */
    private int[] cutOf(String member) {
        if (!shownCanonical()) {
            throw new IllegalStateException("the wire bytes were not shown to be canonical");
        }
        int index = 0;
        for (String name : ((JsonObject) value).members().keySet()) {
            if (name.equals(member)) {
                int[] starts = plain.rootStarts;
                int[] ends = plain.rootEnds;
                return index > 0 ? new int[] {ends[index - 1], ends[index]}
                        : new int[] {starts[0], starts.length > 1 ? starts[1] : ends[0]};
            }
            index++;
        }
        return new int[] {0, 0};
    }
}
