package io.trazo.ledger.record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The record {@code time} of each protocol version (docs/protocol.md §4). One spelling per instant in
 * both: v1 has exactly milliseconds; v2 has the fewest of 3, 6 or 9 fraction digits that write the
 * instant exactly, so a sub-millisecond {@code eventTime} has a record time equal to it, and
 * {@link RecordBuilder} and {@link RecordCodec} agree on it.
 */
public final class RecordTimes {

    private static final Pattern V2 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.(\\d{3}|\\d{6}|\\d{9})Z");
    /** Where the fraction's digits start in {@code yyyy-MM-ddTHH:mm:ss.} */
    private static final int V2_FRACTION_AT = 20;
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

    /**
     * Whether {@code s}, which {@link Rfc3339#plainInstant} read as {@code t} in UTC, is the one v2
     * spelling {@link #format} gives {@code t}: its date-time fields already are (the plain reading
     * checked them), so what remains is a fraction of exactly the fewest of 3, 6 or 9 digits. Spares
     * the regex, the JDK parser and formatter and String.format that the general path costs.
     */
    private static boolean isOneSpelling(String s, Instant t) {
        int digits = s.length() - V2_FRACTION_AT - 1;
        return s.charAt(V2_FRACTION_AT - 1) == '.' && digits == fractionDigits(t.getNano());
    }

    private static int fractionDigits(int nanos) {
        return nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
    }

    static Instant parse(Fields f, String name, ProtocolVersion version) {
        if (version == ProtocolVersion.V1) {
            return f.time(name);
        }
        String s = f.string(name);
        Optional<Instant> plain = s.endsWith("Z") ? Rfc3339.plainInstant(s) : Optional.empty();
        if (plain.isPresent() && isOneSpelling(s, plain.get())) {
            return plain.get();
        }
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
