package io.trazo.ledger.event;

import java.util.Optional;
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

    private static final Pattern SGTIN = Pattern.compile("urn:epc:id:sgtin:(\\d+)\\.(\\d+)\\.(" + X + "{1,20})");
    private static final Pattern SSCC = Pattern.compile("urn:epc:id:sscc:(\\d+)\\.(\\d+)");
    private static final Pattern SGLN = Pattern.compile("urn:epc:id:sgln:(\\d+)\\.(\\d*)\\.(" + X + "{1,20})");
    private static final Pattern GRAI = Pattern.compile("urn:epc:id:grai:(\\d+)\\.(\\d*)\\.(" + X + "{1,16})");
    private static final Pattern GIAI = Pattern.compile("urn:epc:id:giai:(\\d+)\\.(" + X + "+)");
    private static final Pattern GSRN = Pattern.compile("urn:epc:id:gsrn:(\\d+)\\.(\\d+)");
    private static final Pattern GSRNP = Pattern.compile("urn:epc:id:gsrnp:(\\d+)\\.(\\d+)");
    private static final Pattern GDTI = Pattern.compile("urn:epc:id:gdti:(\\d+)\\.(\\d*)\\.(" + X + "{0,19})");
    private static final Pattern CPI = Pattern.compile("urn:epc:id:cpi:(\\d+)\\.(" + CPI_CHAR + "+)\\.(\\d{1,12})");
    private static final Pattern SGCN = Pattern.compile("urn:epc:id:sgcn:(\\d+)\\.(\\d*)\\.(\\d{1,12})");
    private static final Pattern GINC = Pattern.compile("urn:epc:id:ginc:(\\d+)\\.(" + X + "+)");
    private static final Pattern GSIN = Pattern.compile("urn:epc:id:gsin:(\\d+)\\.(\\d+)");
    private static final Pattern ITIP =
            Pattern.compile("urn:epc:id:itip:(\\d+)\\.(\\d+)\\.(\\d{2})\\.(\\d{2})\\.(" + X + "{1,20})");
    private static final Pattern UPUI = Pattern.compile("urn:epc:id:upui:(\\d+)\\.(\\d+)\\.(" + X + "{1,28})");
    private static final Pattern PGLN = Pattern.compile("urn:epc:id:pgln:(\\d+)\\.(\\d*)");
    private static final Pattern LGTIN = Pattern.compile("urn:epc:class:lgtin:(\\d+)\\.(\\d+)\\.(" + X + "{1,20})");
    private static final Pattern SGTIN_PAT = Pattern.compile("urn:epc:idpat:sgtin:(\\d+)\\.(\\d+)\\.\\*");
    private static final Pattern GRAI_PAT = Pattern.compile("urn:epc:idpat:grai:(\\d+)\\.(\\d*)\\.\\*");
    private static final Pattern GDTI_PAT = Pattern.compile("urn:epc:idpat:gdti:(\\d+)\\.(\\d*)\\.\\*");
    private static final Pattern SGCN_PAT = Pattern.compile("urn:epc:idpat:sgcn:(\\d+)\\.(\\d*)\\.\\*");
    private static final Pattern CPI_PAT = Pattern.compile("urn:epc:idpat:cpi:(\\d+)\\.(" + CPI_CHAR + "+)\\.\\*");
    private static final Pattern ITIP_PAT =
            Pattern.compile("urn:epc:idpat:itip:(\\d+)\\.(\\d+)\\.(\\d{2})\\.(\\d{2})\\.\\*");
    private static final Pattern UPUI_PAT = Pattern.compile("urn:epc:idpat:upui:(\\d+)\\.(\\d+)\\.\\*");

    private EpcUris() {}

    /** The Digital Link form of an EPC URI, or empty if {@code uri} is not a convertible EPC URI. */
    static Optional<String> toDigitalLink(String uri) {
        if (!uri.startsWith("urn:epc:")) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = keyed(SGTIN, uri, 13)) != null) {
            return dl("01/" + gtin(m) + "/21/" + percentEncode(m.group(3)));
        }
        if ((m = keyed(SSCC, uri, 17)) != null) {
            return dl("00/" + Gs1CheckDigit.append(m.group(2).charAt(0) + m.group(1) + m.group(2).substring(1)));
        }
        if ((m = keyed(SGLN, uri, 12)) != null) {
            String gln = Gs1CheckDigit.append(m.group(1) + m.group(2));
            String extension = m.group(3);
            return dl("414/" + gln + (extension.equals("0") ? "" : "/254/" + percentEncode(extension)));
        }
        if ((m = keyed(GRAI, uri, 12)) != null) {
            return dl("8003/" + Gs1CheckDigit.append("0" + m.group(1) + m.group(2)) + percentEncode(m.group(3)));
        }
        if ((m = keyed(GIAI, uri, 0)) != null && m.group(1).length() + m.group(2).length() <= 30) {
            return dl("8004/" + m.group(1) + percentEncode(m.group(2)));
        }
        if ((m = keyed(GSRN, uri, 17)) != null) {
            return dl("8018/" + Gs1CheckDigit.append(m.group(1) + m.group(2)));
        }
        if ((m = keyed(GSRNP, uri, 17)) != null) {
            return dl("8017/" + Gs1CheckDigit.append(m.group(1) + m.group(2)));
        }
        if ((m = keyed(GDTI, uri, 12)) != null) {
            return dl("253/" + Gs1CheckDigit.append(m.group(1) + m.group(2)) + percentEncode(m.group(3)));
        }
        if ((m = keyed(CPI, uri, 0)) != null && m.group(1).length() + m.group(2).length() <= 30) {
            return dl("8010/" + percentEncode(m.group(1) + m.group(2)) + "/8011/" + m.group(3));
        }
        if ((m = keyed(SGCN, uri, 12)) != null) {
            return dl("255/" + Gs1CheckDigit.append(m.group(1) + m.group(2)) + m.group(3));
        }
        if ((m = keyed(GINC, uri, 0)) != null && m.group(1).length() + m.group(2).length() <= 30) {
            return dl("401/" + m.group(1) + percentEncode(m.group(2)));
        }
        if ((m = keyed(GSIN, uri, 16)) != null) {
            return dl("402/" + Gs1CheckDigit.append(m.group(1) + m.group(2)));
        }
        if ((m = keyed(ITIP, uri, 13)) != null) {
            return dl("8006/" + gtin(m) + m.group(3) + m.group(4) + "/21/" + percentEncode(m.group(5)));
        }
        if ((m = keyed(UPUI, uri, 13)) != null) {
            return dl("01/" + gtin(m) + "/235/" + percentEncode(m.group(3)));
        }
        if ((m = keyed(PGLN, uri, 12)) != null) {
            return dl("417/" + Gs1CheckDigit.append(m.group(1) + m.group(2)));
        }
        if ((m = keyed(LGTIN, uri, 13)) != null) {
            return dl("01/" + gtin(m) + "/10/" + percentEncode(m.group(3)));
        }
        if ((m = keyed(SGTIN_PAT, uri, 13)) != null || (m = keyed(UPUI_PAT, uri, 13)) != null) {
            return dl("01/" + gtin(m));
        }
        if ((m = keyed(GRAI_PAT, uri, 12)) != null) {
            return dl("8003/" + Gs1CheckDigit.append("0" + m.group(1) + m.group(2)));
        }
        if ((m = keyed(GDTI_PAT, uri, 12)) != null) {
            return dl("253/" + Gs1CheckDigit.append(m.group(1) + m.group(2)));
        }
        if ((m = keyed(SGCN_PAT, uri, 12)) != null) {
            return dl("255/" + Gs1CheckDigit.append(m.group(1) + m.group(2)));
        }
        if ((m = keyed(CPI_PAT, uri, 0)) != null && m.group(1).length() + m.group(2).length() <= 30) {
            return dl("8010/" + percentEncode(m.group(1) + m.group(2)));
        }
        if ((m = keyed(ITIP_PAT, uri, 13)) != null) {
            return dl("8006/" + gtin(m) + m.group(3) + m.group(4));
        }
        return Optional.empty();
    }

    /**
     * Matches {@code uri} whole, with a GS1 Company Prefix of 6 to 12 digits; when
     * {@code keyDigits > 0} the prefix and the following reference must add up to that many digits.
     */
    private static Matcher keyed(Pattern pattern, String uri, int keyDigits) {
        Matcher m = pattern.matcher(uri);
        if (!m.matches()) {
            return null;
        }
        int prefix = m.group(1).length();
        if (prefix < 6 || prefix > 12) {
            return null;
        }
        if (keyDigits > 0 && prefix + m.group(2).length() != keyDigits) {
            return null;
        }
        return m;
    }

    /** GTIN-14 from an SGTIN-style company prefix (group 1) and indicator+item reference (group 2). */
    private static String gtin(Matcher m) {
        String reference = m.group(2);
        return Gs1CheckDigit.append(reference.charAt(0) + m.group(1) + reference.substring(1));
    }

    private static Optional<String> dl(String path) {
        return Optional.of(DL + path);
    }

    /**
     * Percent-encodes the characters that EPC URIs allow literally but GS1 Digital Link
     * (URI Syntax 1.2 Table 7-1) does not; existing escapes are kept as they are.
     */
    static String percentEncode(String component) {
        StringBuilder out = new StringBuilder(component.length() + 8);
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
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
        return out.toString();
    }
}
