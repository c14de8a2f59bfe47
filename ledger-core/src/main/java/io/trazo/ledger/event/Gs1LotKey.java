package io.trazo.ledger.event;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact look-up key of a GS1 batch/lot (docs/protocol.md §7.1): {@code 01/<GTIN-14>/10/<lot>}, where
 * the lot is the plain AI (10) value, percent-escapes decoded. An {@code urn:epc:class:lgtin:} URI and a
 * Digital Link URI of the same GTIN and lot have the same key, and a label's {@code /01/{gtin}/10/{lot}}
 * finds it without knowing the company-prefix length that the EPC form needs.
 */
public final class Gs1LotKey {

    /** GS1 General Specifications §3.2, AI (10): up to 20 characters of CSET 82. */
    private static final Pattern LOT = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");
    /** A Digital Link lot: any path prefix, then the GTIN and the lot as the last two key/value pairs. */
    private static final Pattern DIGITAL_LINK = Pattern.compile("https://[^/]+(?:/[^/]+)*?/01/(\\d{8}|\\d{12,14})/10/([^/?#]+)");

    private Gs1LotKey() {}

    /** The key of a GTIN as printed (8, 12, 13 or 14 digits) and a lot as printed; refuses a bad check digit. */
    public static String of(String gtin, String lot) {
        if (gtin == null || !GTIN.matcher(gtin).matches()) {
            throw new InvalidGs1KeyException("gtin", "expected 8, 12, 13 or 14 digits, got \"" + gtin + "\"");
        }
        String gtin14 = "0".repeat(14 - gtin.length()) + gtin;
        char check = Gs1CheckDigit.of(gtin14.substring(0, 13));
        if (gtin14.charAt(13) != check) {
            throw new InvalidGs1KeyException("gtin", "check digit of " + gtin + " is " + gtin14.charAt(13) + ", expected " + check);
        }
        if (lot == null || !LOT.matcher(lot).matches()) {
            throw new InvalidGs1KeyException("lot", "expected 1 to 20 characters of GS1 CSET 82, got \"" + lot + "\"");
        }
        return "01/" + gtin14 + "/10/" + lot;
    }

    /** The key of a lot URI, or empty when it is no GS1 batch/lot (an SSCC, a Trazo lot, a malformed EPC). */
    public static Optional<String> ofLot(String uri) {
        String link = uri.startsWith("urn:epc:class:lgtin:") ? EpcUris.toDigitalLink(uri).orElse(null) : uri;
        if (link == null) {
            return Optional.empty();
        }
        Matcher m = DIGITAL_LINK.matcher(link);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(m.group(1), decode(m.group(2))));
        } catch (IllegalArgumentException e) {  // a bad check digit, lot or escape: no GS1 key
            return Optional.empty();
        }
    }

    /** RFC 3986 percent-decoding as UTF-8; unlike URLDecoder it leaves {@code +} alone. */
    private static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("truncated escape in " + s);
                }
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A GTIN or lot that cannot be a GS1 key; {@link #field()} names which. */
    public static final class InvalidGs1KeyException extends IllegalArgumentException {
        private final String field;

        InvalidGs1KeyException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
