package io.trazo.ledger.record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The record {@code time} of each protocol version (docs/protocol.md §4). One spelling per instant in
 * both: v1 has exactly milliseconds; v2 has the fewest of 3, 6 or 9 fraction digits that write the
 * instant exactly, so a sub-millisecond {@code eventTime} has a record time equal to it, and
 * {@link RecordBuilder} and {@link RecordCodec} agree on it.
 */
public final class RecordTimes {

    private static final Pattern V2 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.(\\d{3}|\\d{6}|\\d{9})Z");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private RecordTimes() {}

    /** The instant a record of {@code version} may carry: v1 drops sub-millisecond digits, v2 keeps nanoseconds. */
    public static Instant representable(Instant t, ProtocolVersion version) {
        return version == ProtocolVersion.V1 ? t.truncatedTo(ChronoUnit.MILLIS) : t;
    }

    public static String format(Instant t, ProtocolVersion version) {
        if (version == ProtocolVersion.V1) {
            return RecordBuilder.formatTime(t);
        }
        int nanos = t.getNano();
        String fraction = nanos % 1_000_000 == 0 ? String.format("%03d", nanos / 1_000_000)
                : nanos % 1_000 == 0 ? String.format("%06d", nanos / 1_000) : String.format("%09d", nanos);
        return SECONDS.format(t) + "." + fraction + "Z";
    }

    static Instant parse(Fields f, String name, ProtocolVersion version) {
        if (version == ProtocolVersion.V1) {
            return f.time(name);
        }
        String s = f.string(name);
        if (!V2.matcher(s).matches()) {
            throw new RecordException(ReasonCode.INVALID_FIELD, f.pathOf(name),
                    "expected UTC time as YYYY-MM-DDThh:mm:ss.sssZ with 3, 6 or 9 fraction digits");
        }
        Instant t;
        try {
            t = Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new RecordException(ReasonCode.INVALID_FIELD, f.pathOf(name), "not a real instant: \"" + s + "\"");
        }
        if (!format(t, version).equals(s)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, f.pathOf(name),
                    "one spelling per instant: write " + format(t, version) + ", not " + s);
        }
        return t;
    }
}
