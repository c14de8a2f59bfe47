package io.trazo.query.epcis;

import io.trazo.ledger.event.Vocabulary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Typed reading of EPCIS query parameter values (EPCIS 2.0 §8.2.7.1); a value of the wrong type is a QueryParameterException. */
final class QueryValues {

    static final String GS1_VOC = "https://gs1.org/voc/";

    private QueryValues() {}

    /** A list-valued parameter: values separated by {@code |}, none empty. */
    static Set<String> list(String name, String raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : raw.split("\\|", -1)) {
            if (v.isEmpty()) {
                throw EpcisException.parameter(name, "empty value in \"" + raw + "\"");
            }
            out.add(v);
        }
        return out;
    }

    static Instant time(String name, String raw) {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw EpcisException.parameter(name, "expected a date-time with offset (RFC 3339), got \"" + raw + "\"");
        }
    }

    static BigDecimal number(String name, String raw) {
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw EpcisException.parameter(name, "expected a number, got \"" + raw + "\"");
        }
    }

    static int positive(String name, String raw) {
        try {
            int n = Integer.parseInt(raw);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw EpcisException.parameter(name, "expected a positive integer, got \"" + raw + "\"");
    }

    static boolean bool(String name, String raw) {
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.parseBoolean(raw);
        }
        throw EpcisException.parameter(name, "expected true or false, got \"" + raw + "\"");
    }

    /** A URI-valued parameter: anything with a scheme (URN, https, ni, GS1 Digital Link). */
    static Set<String> uris(String name, String raw) {
        Set<String> out = list(name, raw);
        for (String v : out) {
            if (!v.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+")) {
                throw EpcisException.parameter(name, "\"" + v + "\" is not a URI");
            }
        }
        return out;
    }

    static Set<String> bizSteps(String name, String raw) {
        return canonical(name, raw, "business step", true);
    }

    static Set<String> dispositions(String name, String raw) {
        return canonical(name, raw, "disposition", false);
    }

    private static Set<String> canonical(String name, String raw, String what, boolean step) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : list(name, raw)) {
            if (step && Vocabulary.TRAZO_BIZSTEPS.contains(v)) {
                out.add(Vocabulary.trazoStep(v));
                continue;
            }
            var known = step ? Vocabulary.bizStep(v) : Vocabulary.disposition(v);
            if (known.isPresent()) {
                out.add(known.get());
            } else if (v.contains(":")) {
                out.add(v);
            } else {
                throw EpcisException.parameter(name, "\"" + v + "\" is neither a CBV 2.0 " + what + " nor a URI");
            }
        }
        return out;
    }

    /**
     * A CBV type word as events may write it (bare, URN or Web URI), reduced to the bare word: source and
     * destination types ({@code SDT-}), business transaction types ({@code BTT-}), error reasons ({@code ER-}).
     */
    static String cbvWord(String value, String code) {
        String uri = "https://ref.gs1.org/cbv/" + code + "-";
        String urn = "urn:epcglobal:cbv:" + code.toLowerCase(java.util.Locale.ROOT) + ":";
        if (value.startsWith(uri)) {
            return value.substring(uri.length());
        }
        return value.startsWith(urn) ? value.substring(urn.length()) : value;
    }

    /** GS1 Web vocabulary terms ({@code gs1:Temperature} or its full URI) in one form. */
    static String gs1Term(String value) {
        return value.startsWith(GS1_VOC) ? "gs1:" + value.substring(GS1_VOC.length()) : value;
    }

    static List<String> gs1Terms(String name, String raw) {
        return list(name, raw).stream().map(QueryValues::gs1Term).toList();
    }
}
