package io.trazo.ledger.event;

/**
 * Normalises one scalar value for the pre-hash string (CBV 2.0 §8.9): surrounding whitespace is
 * removed, CBV URNs become CBV Web URIs, numbers lose trailing zeros ({@link NumericValues}), and
 * EPC URIs and GS1 Digital Link URIs become constrained canonical Digital Link URIs.
 */
final class CanonicalValues {

    /**
     * The common beginning of every CBV 1.x URN below: most values are not CBV URNs, and one test of
     * it spares them five (the profile of a v2 event put this method at 7 % of its pre-hash).
     */
    private static final String CBV_URN = "urn:epcglobal:cbv:";
    /** What follows {@link #CBV_URN} in each URN kind, and the CBV 2.0 Web URI prefix it becomes. */
    private static final String[][] CBV_URNS = {
        {"bizstep:", "https://ref.gs1.org/cbv/BizStep-"},
        {"disp:", "https://ref.gs1.org/cbv/Disp-"},
        {"btt:", "https://ref.gs1.org/cbv/BTT-"},
        {"sdt:", "https://ref.gs1.org/cbv/SDT-"},
        {"er:", "https://ref.gs1.org/cbv/ER-"}
    };

    private CanonicalValues() {}

    /**
     * Each converter accepts only values that begin one way: EPC URIs with {@code u}
     * ({@code urn:epc:}), Digital Links with {@code h} ({@code http:}, {@code https:}), numbers with
     * neither. The first char therefore picks the one converter that can apply, which gives the same
     * result as trying all three in turn; the chained attempts, with an Optional and a captured
     * lambda per value, were a fifth of the pre-hash in a profile.
     */
    static String value(String text) {
        String value = webVocabulary(strip(text));
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case 'u' -> EpcUris.toDigitalLink(value).orElse(value);
            case 'h' -> DigitalLinks.constrain(value).orElse(value);
            default -> NumericValues.canonical(value).orElse(value);
        };
    }

    /** A CBV 1.x URN (CBV 2.0 §8.9 rule 14) as its CBV 2.0 Web URI; anything else unchanged. */
    static String webVocabulary(String value) {
        if (!value.startsWith(CBV_URN)) {
            return value;
        }
        for (String[] mapping : CBV_URNS) {
            if (value.startsWith(mapping[0], CBV_URN.length())) {
                return mapping[1] + value.substring(CBV_URN.length() + mapping[0].length());
            }
        }
        return value;
    }

    /** Removes leading and trailing whitespace as Python's {@code str.strip()} defines it. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
