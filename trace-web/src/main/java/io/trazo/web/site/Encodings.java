package io.trazo.web.site;

import java.util.Locale;

/**
 * Whether a request's {@code Accept-Encoding} (RFC 9110 §12.5.3) takes gzip. Hand-written: Spring has no
 * parser for this header, and the page needs one answer from it, not a negotiation.
 */
final class Encodings {

    private Encodings() {}

    /** {@code gzip}, {@code x-gzip} or {@code *}, with a weight other than {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !zeroWeight(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean zeroWeight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim()) == 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
