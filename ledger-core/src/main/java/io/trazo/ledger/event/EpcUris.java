package io.trazo.ledger.event;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts EPC pure identity URIs, EPC class URIs and EPC ID pattern URIs (GS1 EPC Tag Data
 * Standard 2.0 §6, §8) into canonical GS1 Digital Link URIs (GS1 Digital Link URI Syntax 1.2
 * §4.11), as CBV 2.0 §8.9 requires before hashing. Only the most fine-grained key is kept.
 */
final class EpcUris {

    private static final String X = "(?:%2[125-9A-Fa-f]|%3[0-9A-Fa-f]|%4[1-9A-Fa-f]|%5[0-9AaFf]|%6[1-9A-Fa-f]"
            + "|%7[0-9Aa]|[!')(*+,.0-9:;=A-Za-z_-])";
    private static final String CPI_CHAR = "(?:%2[3dfDF]|%3[0-9]|%4[1-9A-Fa-f]|%5[0-9Aa]|[0-9A-Z-])";
    private static final String DL = "https://id.gs1.org/";
    private static final String EPC = "urn:epc:";

    /** Keys of at most this many characters (GIAI, CPI, GINC: GS1 General Specifications §3.2). */
    private static final int MAX_VARIABLE_KEY = 30;

    /**
     * One convertible EPC scheme: its URI pattern (group 1 is always the GS1 Company Prefix), how
     * long the key must be, and how the match becomes a Digital Link path.
     */
    private record Scheme(Pattern pattern, EpcShape shape, int keyDigits, int maxKeyChars, Function<Groups, String> path,
            ShapePath written) {}

    /** The capture groups of a match, from the regex or from {@link EpcShape}. */
    interface Groups {
        String group(int index);

        default int length(int index) {
            return group(index).length();
        }
    }

    /** How a hand-matched scheme writes its Digital Link path, from the spans of the URI's groups. */
    private interface ShapePath {
        void write(EpcShape.Match m, StringBuilder out);
    }

    /**
     * Keyed by the text between {@code urn:epc:} and the scheme's second colon ({@code id:sgtin}).
     * Every pattern begins with its own scheme, so a URI can match at most the one scheme that its
     * prefix names: looking that scheme up gives the same result as trying every pattern in turn.
     */
    private static final Map<String, Scheme> SCHEMES = Map.ofEntries(
            exact("id:sgtin", EpcShape.serial(20), 13, (m, out) -> {
                gtin(m, out.append("01/"));
                m.appendEncoded(3, out.append("/21/"));
            }),
            exact("id:sscc", EpcShape.KEY, 17, (m, out) -> gtin(m, out.append("00/"))),
            exact("id:sgln", EpcShape.location(20), 12, (m, out) -> {
                key(m, out.append("414/"));
                if (!m.groupIs(3, "0")) {
                    m.appendEncoded(3, out.append("/254/"));
                }
            }),
            exact("id:grai", "(\\d+)\\.(\\d*)\\.(" + X + "{1,16})", 12,
                    m -> "8003/" + Gs1CheckDigit.append("0" + m.group(1) + m.group(2)) + percentEncode(m.group(3))),
            bounded("id:giai", EpcShape.ASSET, (m, out) -> asset(m, out.append("8004/"))),
            exact("id:gsrn", EpcShape.KEY, 17, (m, out) -> key(m, out.append("8018/"))),
            exact("id:gsrnp", EpcShape.KEY, 17, (m, out) -> key(m, out.append("8017/"))),
            exact("id:gdti", "(\\d+)\\.(\\d*)\\.(" + X + "{0,19})", 12,
                    m -> "253/" + Gs1CheckDigit.append(m.group(1) + m.group(2)) + percentEncode(m.group(3))),
            bounded("id:cpi", "(\\d+)\\.(" + CPI_CHAR + "+)\\.(\\d{1,12})",
                    m -> "8010/" + percentEncode(m.group(1) + m.group(2)) + "/8011/" + m.group(3)),
            exact("id:sgcn", "(\\d+)\\.(\\d*)\\.(\\d{1,12})", 12,
                    m -> "255/" + Gs1CheckDigit.append(m.group(1) + m.group(2)) + m.group(3)),
            bounded("id:ginc", EpcShape.ASSET, (m, out) -> asset(m, out.append("401/"))),
            exact("id:gsin", EpcShape.KEY, 16, (m, out) -> key(m, out.append("402/"))),
            exact("id:itip", "(\\d+)\\.(\\d+)\\.(\\d{2})\\.(\\d{2})\\.(" + X + "{1,20})", 13,
                    m -> "8006/" + gtin(m) + m.group(3) + m.group(4) + "/21/" + percentEncode(m.group(5))),
            exact("id:upui", EpcShape.serial(28), 13, (m, out) -> {
                gtin(m, out.append("01/"));
                m.appendEncoded(3, out.append("/235/"));
            }),
            exact("id:pgln", "(\\d+)\\.(\\d*)", 12, m -> "417/" + Gs1CheckDigit.append(m.group(1) + m.group(2))),
            exact("class:lgtin", EpcShape.serial(20), 13, (m, out) -> {
                gtin(m, out.append("01/"));
                m.appendEncoded(3, out.append("/10/"));
            }),
            exact("idpat:sgtin", "(\\d+)\\.(\\d+)\\.\\*", 13, m -> "01/" + gtin(m)),
            exact("idpat:upui", "(\\d+)\\.(\\d+)\\.\\*", 13, m -> "01/" + gtin(m)),
            exact("idpat:grai", "(\\d+)\\.(\\d*)\\.\\*", 12,
                    m -> "8003/" + Gs1CheckDigit.append("0" + m.group(1) + m.group(2))),
            exact("idpat:gdti", "(\\d+)\\.(\\d*)\\.\\*", 12,
                    m -> "253/" + Gs1CheckDigit.append(m.group(1) + m.group(2))),
            exact("idpat:sgcn", "(\\d+)\\.(\\d*)\\.\\*", 12,
                    m -> "255/" + Gs1CheckDigit.append(m.group(1) + m.group(2))),
            bounded("idpat:cpi", "(\\d+)\\.(" + CPI_CHAR + "+)\\.\\*", m -> "8010/" + percentEncode(m.group(1) + m.group(2))),
            exact("idpat:itip", "(\\d+)\\.(\\d+)\\.(\\d{2})\\.(\\d{2})\\.\\*", 13,
                    m -> "8006/" + gtin(m) + m.group(3) + m.group(4)));

    private EpcUris() {}

    /** The Digital Link form of an EPC URI, or empty if {@code uri} is not a convertible EPC URI. */
    static Optional<String> toDigitalLink(String uri) {
        if (!uri.startsWith(EPC)) {
            return Optional.empty();
        }
        int kindEnd = uri.indexOf(':', EPC.length());
        int schemeEnd = kindEnd < 0 ? -1 : uri.indexOf(':', kindEnd + 1);
        Scheme scheme = schemeEnd < 0 ? null : SCHEMES.get(uri.substring(EPC.length(), schemeEnd));
        if (scheme == null) {
            return Optional.empty();
        }
        if (scheme.shape() != null) {
            EpcShape.Match match = scheme.shape().match(uri, schemeEnd + 1);
            if (match == null || !hasKeyLength(match, scheme)) {
                return Optional.empty();
            }
            StringBuilder out = new StringBuilder(DL.length() + uri.length() + 16).append(DL);
            scheme.written().write(match, out);
            return Optional.of(out.toString());
        }
        Matcher m = scheme.pattern().matcher(uri);
        Groups groups = m.matches() ? m::group : null;
        if (groups == null || !hasKeyLength(groups, scheme)) {
            return Optional.empty();
        }
        return Optional.of(DL + scheme.path().apply(groups));
    }

    /** A scheme whose Company Prefix and reference add up to exactly {@code keyDigits} digits. */
    private static Map.Entry<String, Scheme> exact(String name, String rest, int keyDigits, Function<Groups, String> path) {
        return Map.entry(name, new Scheme(Pattern.compile(EPC + name + ":" + rest), null, keyDigits, Integer.MAX_VALUE, path, null));
    }

    /** As {@link #exact(String, String, int, Function)}, matched by hand: the commonest schemes in records. */
    private static Map.Entry<String, Scheme> exact(String name, EpcShape shape, int keyDigits, ShapePath path) {
        return Map.entry(name, new Scheme(null, shape, keyDigits, Integer.MAX_VALUE, null, path));
    }

    /** As {@link #bounded(String, String, Function)}, matched by hand. */
    private static Map.Entry<String, Scheme> bounded(String name, EpcShape shape, ShapePath path) {
        return Map.entry(name, new Scheme(null, shape, 0, MAX_VARIABLE_KEY, null, path));
    }

    /** A scheme with a variable-length key of at most {@link #MAX_VARIABLE_KEY} characters. */
    private static Map.Entry<String, Scheme> bounded(String name, String rest, Function<Groups, String> path) {
        return Map.entry(name, new Scheme(Pattern.compile(EPC + name + ":" + rest), null, 0, MAX_VARIABLE_KEY, path, null));
    }

    /**
     * A GS1 Company Prefix has 6 to 12 digits; with it, the reference (group 2) must make up the
     * scheme's key length.
     */
    private static boolean hasKeyLength(Groups m, Scheme scheme) {
        int prefix = m.length(1);
        if (prefix < 6 || prefix > 12) {
            return false;
        }
        int key = prefix + m.length(2);
        return scheme.keyDigits() > 0 ? key == scheme.keyDigits() : key <= scheme.maxKeyChars();
    }

    /** GTIN-14 from an SGTIN-style company prefix (group 1) and indicator+item reference (group 2). */
    private static String gtin(Groups m) {
        String reference = m.group(2);
        return Gs1CheckDigit.append(reference.charAt(0) + m.group(1) + reference.substring(1));
    }

    /** As {@link #gtin(Groups)}, written to {@code out}; an SSCC's key is laid out the same way. */
    private static void gtin(EpcShape.Match m, StringBuilder out) {
        int start = out.length();
        out.append(m.first(2));
        m.append(1, 0, out);
        m.append(2, 1, out);
        Gs1CheckDigit.appendTo(out, start);
    }

    /** A key of Company Prefix, reference and check digit (GLN, GSRN, GSIN). */
    private static void key(EpcShape.Match m, StringBuilder out) {
        int start = out.length();
        m.append(1, 0, out);
        m.append(2, 0, out);
        Gs1CheckDigit.appendTo(out, start);
    }

    /** Company Prefix, then the asset or coupon reference percent-encoded (GIAI, GINC). */
    private static void asset(EpcShape.Match m, StringBuilder out) {
        m.append(1, 0, out);
        m.appendEncoded(2, out);
    }

    /**
     * Percent-encodes the characters that EPC URIs allow literally but GS1 Digital Link
     * (URI Syntax 1.2 Table 7-1) does not; existing escapes are kept as they are.
     */
    static String percentEncode(String component) {
        StringBuilder out = new StringBuilder(component.length() + 8);
        percentEncode(component, 0, component.length(), out);
        return out.toString();
    }

    /** As {@link #percentEncode(String)}, for chars {@code from} to {@code to} of {@code text}, into {@code out}. */
    static void percentEncode(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '!' -> out.append("%21");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '*' -> out.append("%2A");
                case '+' -> out.append("%2B");
                case ',' -> out.append("%2C");
                case ':' -> out.append("%3A");
                default -> out.append(c);
            }
        }
    }
}
