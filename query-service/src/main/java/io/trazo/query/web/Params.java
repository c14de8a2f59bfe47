package io.trazo.query.web;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.RecordType;
import io.trazo.mongo.TimeCursor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Strict reading of request parameters: every refusal names the parameter (problem type bad-parameter). */
public final class Params {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Params() {}

    public static String lot(String lot) {
        if (!Identifiers.isLot(lot)) {
            throw BadParameterException.of("lot", "\"" + lot + "\" is not a lot URI (EPC, EPC class, GS1 Digital Link or urn:trazo:lot)");
        }
        return lot;
    }

    public static Digest hash(String name, String hex) {
        if (!HEX.matcher(hex).matches()) {
            throw BadParameterException.of(name, "expected a record hash, 64 lower-case hex digits");
        }
        return Digest.fromHex(hex);
    }

    public static int limit(String name, Integer value, int max) {
        if (value == null) {
            return max;
        }
        if (value < 1 || value > max) {
            throw BadParameterException.of(name, "expected 1 to " + max + ", got " + value);
        }
        return value;
    }

    /**
     * The refusal of a value that does not convert to its parameter's type, in the API's words: Spring's own
     * message names Java types ({@code java.lang.String}, {@code long}), which mean nothing to a client.
     */
    public static BadParameterException unconvertible(String name, Object value, Class<?> type) {
        String expected;
        if (type == long.class || type == Long.class) {
            expected = "a whole number" + (fitsDigits(value, 18) ? "" : " up to " + Long.MAX_VALUE);
        } else if (type == int.class || type == Integer.class) {
            expected = "a whole number" + (fitsDigits(value, 9) ? "" : " up to " + Integer.MAX_VALUE);
        } else if (type == boolean.class || type == Boolean.class) {
            expected = "true or false";
        } else {
            expected = "a value of the documented form";
        }
        return BadParameterException.of(name, "expected " + expected + ", got \"" + value + "\"");
    }

    /** Whether a value is short enough that only its characters, not its size, can be what is wrong. */
    private static boolean fitsDigits(Object value, int digits) {
        return value == null || !String.valueOf(value).matches("-?[0-9]{" + (digits + 1) + ",}");
    }

    public static Optional<Instant> time(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw BadParameterException.of(name, "expected an RFC 3339 date-time with offset, got \"" + value + "\"");
        }
    }

    public static Optional<TimeCursor> cursor(String name, String value) {
        try {
            return Optional.ofNullable(value).map(TimeCursor::decode);
        } catch (TimeCursor.InvalidCursorException e) {
            throw BadParameterException.of(name, e.getMessage());
        }
    }

    /** A record type by its wire name (protocol §8), any protocol version's. */
    public static RecordType recordType(String name, String value) {
        return RecordType.fromWire(value).orElseThrow(() -> BadParameterException.of(name, "\"" + value + "\" is not a record type; expected one of "
                + Arrays.stream(RecordType.values()).map(RecordType::wire).collect(Collectors.joining(", "))));
    }

    /** A bizStep as its CBV 2.0 URI: bare CBV words and Trazo's own steps are expanded. */
    public static String bizStep(String name, String value) {
        if (Vocabulary.TRAZO_BIZSTEPS.contains(value)) {
            return Vocabulary.trazoStep(value);
        }
        return Vocabulary.bizStep(value).orElseThrow(() -> BadParameterException.of(name, "\"" + value + "\" is not a CBV business step"));
    }
}
