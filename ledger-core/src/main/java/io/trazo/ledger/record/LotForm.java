package io.trazo.ledger.record;

/**
 * {@link Identifiers#LOT} checked by a single scan: the regex cost about 0.2 µs per lot and runs
 * for every link and every object of an event. Its three alternatives start with distinct
 * prefixes, and each part is a run of a class that excludes the separator ending it, so the regex
 * never backtracks into a different split and the scan decides exactly what it matches.
 */
final class LotForm {

    private static final String EPC = "urn:epc:";
    private static final String WEB = "https://";
    private static final String TRAZO = "urn:trazo:lot:";
    private static final String EPC_VALUE = "*%:_!'()+,;=-.";
    private static final String PATH_SEGMENT = "._~!$&'()*+,;=:@%-";
    private static final String LOCAL_ID = "._~-";
    private static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ALPHANUMERIC = LOWER_ALPHANUMERIC + "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Each character class as a table over ASCII: a look-up per char, where a lambda per class cost a call per char. */
    private static final boolean[] SCHEME = ascii(LOWER_ALPHANUMERIC);
    private static final boolean[] EPC_VALUE_CHARS = ascii(ALPHANUMERIC + EPC_VALUE);
    private static final boolean[] HOST = ascii(LOWER_ALPHANUMERIC + ".-");
    private static final boolean[] PATH_SEGMENT_CHARS = ascii(ALPHANUMERIC + PATH_SEGMENT);
    private static final boolean[] NAME = ascii(LOWER_ALPHANUMERIC + "-");
    private static final boolean[] LOCAL_ID_CHARS = ascii(ALPHANUMERIC + LOCAL_ID);

    private LotForm() {}

    static boolean matches(String s) {
        if (s.startsWith(EPC)) {
            return epc(s);
        }
        if (s.startsWith(WEB)) {
            return digitalLink(s);
        }
        return s.startsWith(TRAZO) && trazo(s);
    }

    /** {@code urn:epc:(?:id|class|idpat):[a-z0-9]+:[A-Za-z0-9.*%:_!'()+,;=-]{1,200}}. */
    private static boolean epc(String s) {
        int kindEnd = s.indexOf(':', EPC.length());
        if (kindEnd < 0) {
            return false;
        }
        if (!isKind(s, kindEnd, "id") && !isKind(s, kindEnd, "class") && !isKind(s, kindEnd, "idpat")) {
            return false;
        }
        int schemeEnd = run(s, kindEnd + 1, SCHEME);
        if (schemeEnd == kindEnd + 1 || schemeEnd == s.length() || s.charAt(schemeEnd) != ':') {
            return false;
        }
        int valueLength = s.length() - schemeEnd - 1;
        return valueLength >= 1 && valueLength <= 200
                && run(s, schemeEnd + 1, EPC_VALUE_CHARS) == s.length();
    }

    /** Whether the EPC kind, from after {@code urn:epc:} to {@code kindEnd}, is {@code kind}; compared in place, without a substring per lot. */
    private static boolean isKind(String s, int kindEnd, String kind) {
        return kindEnd - EPC.length() == kind.length() && s.startsWith(kind, EPC.length());
    }

    /** {@code https://[a-z0-9.-]{1,253}(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]{1,100}){2,12}}. */
    private static boolean digitalLink(String s) {
        int hostEnd = run(s, WEB.length(), HOST);
        int host = hostEnd - WEB.length();
        if (host < 1 || host > 253) {
            return false;
        }
        int segments = 0;
        int at = hostEnd;
        while (at < s.length()) {
            if (s.charAt(at) != '/') {
                return false;
            }
            int end = run(s, at + 1, PATH_SEGMENT_CHARS);
            int length = end - at - 1;
            if (length < 1 || length > 100) {
                return false;
            }
            segments++;
            at = end;
        }
        return segments >= 2 && segments <= 12;
    }

    /** {@code urn:trazo:lot:<NAME>:[A-Za-z0-9._~-]{1,64}} with NAME {@code [a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?}. */
    private static boolean trazo(String s) {
        int nameEnd = run(s, TRAZO.length(), NAME);
        int name = nameEnd - TRAZO.length();
        if (name < 1 || name > 64 || s.charAt(TRAZO.length()) == '-' || s.charAt(nameEnd - 1) == '-'
                || nameEnd == s.length() || s.charAt(nameEnd) != ':') {
            return false;
        }
        int local = s.length() - nameEnd - 1;
        return local >= 1 && local <= 64
                && run(s, nameEnd + 1, LOCAL_ID_CHARS) == s.length();
    }

    private static boolean[] ascii(String chars) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return table;
    }

    /** The end of the run of {@code allowed} characters starting at {@code from}. */
    private static int run(String s, int from, boolean[] allowed) {
        int i = from;
        char c;
        while (i < s.length() && (c = s.charAt(i)) < allowed.length && allowed[c]) {
            i++;
        }
        return i;
    }
}
