package io.trazo.ledger.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constrains a GS1 Digital Link URI to the form CBV 2.0 §8.9 hashes: domain {@code id.gs1.org},
 * no query string, numeric AIs instead of short names, a 14-digit GTIN, no CPV (AI 22), and only
 * the most fine-grained key (a serial wins over a lot). URIs that do not end up in one of the
 * allowed shapes are left alone, as in the reference implementation.
 */
final class DigitalLinks {

    private static final String KEYS =
            "01|gtin|8006|itip|8010|cpid|414|gln|417|party|8017|gsrnp|8018|gsrn|255|gcn|00|sscc|253|gdti|401|ginc|402"
                    + "|gsin|8003|grai|8004|giai";
    private static final Set<String> KEY_NAMES = Set.of(KEYS.split("\\|"));
    private static final int LONGEST_KEY_NAME = 5;
    private static final Pattern RECOGNISED = Pattern.compile("https?:(//((([^/?#]*)@)?([^/?#:]*)(:([^/?#]*))?))?"
            + "((([^?#]*)(/(" + KEYS + ")/)(\\d{4}[^/]+)(/[^/]+/[^/]+)?/?(\\?([^?\\n]*))?(#([^\\n]*))?)"
            + "|(/[A-Za-z_-]{10}$))");
    private static final Pattern CANONICAL_DOMAIN = Pattern.compile(
            "https://id\\.gs1\\.org/(01|8006|8010|414|417|8017|8018|255|00|253|401|402|8003|8004)/(\\d{4}[^/]+)"
                    + "(/[^/]+/[^/]+)?/?(\\?([^?\\n]*))?(#([^\\n]*))?|(/[A-Za-z_-]{10}$)");
    private static final List<String> KEY_SEGMENTS = List.of("/00/", "/01/", "/253/", "/255/", "/401/", "/402/",
            "/414/", "/417/", "/8003/", "/8004/", "/8006/", "/8010/", "/8017/", "/8018/");
    private static final String[][] SHORT_NAMES = {
        {"/gtin/", "/01/"}, {"/itip/", "/8006/"}, {"/cpid/", "/8010/"}, {"/gln/", "/414/"}, {"/party/", "/417/"},
        {"/gsrnp/", "/8017/"}, {"/gsrn/", "/8018/"}, {"/gcn/", "/255/"}, {"/sscc/", "/00/"}, {"/gdti/", "/253/"},
        {"/ginc/", "/401/"}, {"/gsin/", "/402/"}, {"/grai/", "/8003/"}, {"/giai/", "/8004/"}, {"/cpv/", "/22/"},
        {"/lot/", "/10/"}, {"/ser/", "/21/"}
    };
    /** GS1 AI encodable characters that a constrained DL may carry unescaped (GS1 GenSpecs Figure 7.11-1). */
    private static final String C = "[\\x22\\x27\\x2D\\x2E\\x30-\\x39\\x3B-\\x3F\\x41-\\x5A\\x5F\\x61-\\x7A]";
    private static final String ID = "https://id\\.gs1\\.org/";
    private static final Pattern GTIN14 = Pattern.compile(ID + "01/\\d{14}");
    private static final Pattern GTIN13 = Pattern.compile(ID + "01/\\d{13}");
    private static final Pattern GTIN12 = Pattern.compile(ID + "01/\\d{12}");
    private static final Pattern GTIN8 = Pattern.compile(ID + "01/\\d{8}");
    private static final Pattern CPV_LAST =
            Pattern.compile(ID + "(?:8006/\\d{18}|01/\\d{14})/22/" + C + "{0,20}$");
    private static final Pattern CPV_INNER =
            Pattern.compile(ID + "(?:8006/\\d{18}|01/\\d{14})/22/(?:/|" + C + "){0,20}$");
    private static final Pattern LOT_AND_SERIAL =
            Pattern.compile(ID + "(?:8006/\\d{18}|01/\\d{14})/10/" + C + "{0,20}/21/" + C + "{0,20}$");
    private static final List<Pattern> ALLOWED = List.of(
            Pattern.compile(ID + "00/\\d{18}"),
            Pattern.compile(ID + "01/\\d{14}/21/" + C + "{0,20}"),
            Pattern.compile(ID + "01/\\d{14}/10/" + C + "{0,20}"),
            Pattern.compile(ID + "01/\\d{14}"),
            Pattern.compile(ID + "01/\\d{14}/235/" + C + "{0,28}"),
            Pattern.compile(ID + "253/\\d{13}" + C + "{0,17}"),
            Pattern.compile(ID + "255/\\d{13}\\d{0,12}"),
            Pattern.compile(ID + "401/" + C + "{0,30}"),
            Pattern.compile(ID + "402/\\d{17}"),
            Pattern.compile(ID + "414/\\d{13}"),
            Pattern.compile(ID + "414/\\d{13}/254/" + C + "{0,20}"),
            Pattern.compile(ID + "417/\\d{13}"),
            Pattern.compile(ID + "8003/\\d{14}" + C + "{0,16}"),
            Pattern.compile(ID + "8004/" + C + "{0,30}"),
            Pattern.compile(ID + "8006/\\d{18}/21/" + C + "{0,20}"),
            Pattern.compile(ID + "8006/\\d{18}/10/" + C + "{0,20}"),
            Pattern.compile(ID + "8006/\\d{18}"),
            Pattern.compile(ID + "8010/[\\x23\\x2D\\x2F\\x30-\\x39\\x41-\\x5A]{0,30}/8011/\\d{0,12}"),
            Pattern.compile(ID + "8010/[\\x23\\x2D\\x2F\\x30-\\x39\\x41-\\x5A]{0,30}"),
            Pattern.compile(ID + "8017/\\d{18}"),
            Pattern.compile(ID + "8018/\\d{18}"));

    private DigitalLinks() {}

    /** The constrained canonical form of an {@code http(s)} GS1 Digital Link URI, else empty. */
    static Optional<String> constrain(String uri) {
        if (!mayBeRecognised(uri) || !RECOGNISED.matcher(uri).lookingAt()) {
            return Optional.empty();
        }
        int query = uri.indexOf('?');
        if (query >= 0) {
            uri = uri.substring(0, query);
        }
        for (String[] shortName : SHORT_NAMES) {
            uri = uri.replace(shortName[0], shortName[1]);
        }
        if (!CANONICAL_DOMAIN.matcher(uri).lookingAt()) {
            for (String segment : KEY_SEGMENTS) {
                int at = uri.indexOf(segment);
                if (at >= 0) {
                    uri = "https://id.gs1.org" + uri.substring(at);
                    break;
                }
            }
        }
        if (!GTIN14.matcher(uri).lookingAt()) {
            if (GTIN13.matcher(uri).lookingAt()) {
                uri = uri.replaceFirst("/01/", "/01/0");
            } else if (GTIN12.matcher(uri).lookingAt()) {
                uri = uri.replaceFirst("/01/", "/01/00");
            } else if (GTIN8.matcher(uri).lookingAt()) {
                uri = uri.replaceFirst("/01/", "/01/000000");
            }
        }
        uri = withoutCpv(uri);
        if (LOT_AND_SERIAL.matcher(uri).lookingAt()) {
            int lot = uri.indexOf("/10/");
            String rest = uri.substring(lot + 4);
            uri = uri.substring(0, lot) + rest.substring(rest.indexOf('/'));
        }
        for (Pattern allowed : ALLOWED) {
            if (allowed.matcher(uri).matches()) {
                return Optional.of(uri);
            }
        }
        return Optional.empty();
    }

    /**
     * A necessary condition for {@link #RECOGNISED}, checked without it: an {@code http(s):} URI
     * with a {@code /<key>/} segment followed by four digits and a character other than {@code /},
     * or ending in {@code /} and ten name characters (before at most a final line terminator, which
     * {@code $} allows). Vocabulary and location URIs usually have neither, and for them the
     * backtracking regex costs microseconds.
     */
    private static boolean mayBeRecognised(String uri) {
        if (!uri.startsWith("http:") && !uri.startsWith("https:")) {
            return false;
        }
        return hasKeySegment(uri) || endsWithShortPath(uri);
    }

    private static boolean hasKeySegment(String uri) {
        for (int slash = uri.indexOf('/'); slash >= 0; slash = uri.indexOf('/', slash + 1)) {
            int next = uri.indexOf('/', slash + 1);
            if (next < 0) {
                return false;
            }
            // the digits after the segment first: cheaper than cutting the segment out to look it up
            if (next - slash - 1 <= LONGEST_KEY_NAME && next + 5 < uri.length() && isDigits(uri, next + 1, next + 5)
                    && uri.charAt(next + 5) != '/' && KEY_NAMES.contains(uri.substring(slash + 1, next))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithShortPath(String uri) {
        int end = uri.length();
        for (int terminators = 0; terminators <= 2 && end > 0; terminators++) {
            if (end >= 11 && uri.charAt(end - 11) == '/' && isShortPathName(uri, end - 10, end)) {
                return true;
            }
            if (!isLineTerminator(uri.charAt(end - 1))) {
                return false;
            }
            end--;
        }
        return false;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isShortPathName(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static String withoutCpv(String uri) {
        int cpv = uri.indexOf("/22/");
        if (cpv < 0) {
            return uri;
        }
        String after = uri.substring(cpv + 4);
        if (CPV_LAST.matcher(uri).lookingAt()) {
            return uri.substring(0, cpv);
        }
        Matcher inner = CPV_INNER.matcher(uri);
        if (inner.lookingAt() && after.indexOf('/') >= 0) {
            return uri.substring(0, cpv) + after.substring(after.indexOf('/'));
        }
        return uri;
    }
}
