package io.trazo.ledger.event;

/**
 * Forms of short event values that every event is checked against, decided by a scan of a few chars:
 * the regexes they replace cost a {@link java.util.regex.Matcher} and its group state per event and
 * per quantity, a visible share of reading an event. Each method states the regex it decides exactly.
 */
final class EventValueForms {

    private EventValueForms() {}

    /** {@code [+-](?:0\d|1[0-4]):[0-5]\d}: an EPCIS time zone offset, ±hh:mm from −14:00 to +14:00. */
    static boolean isOffset(String s) {
        if (s.length() != 6 || s.charAt(0) != '+' && s.charAt(0) != '-' || s.charAt(3) != ':') {
            return false;
        }
        char h = s.charAt(1);
        char hh = s.charAt(2);
        boolean hours = h == '0' && isDigit(hh) || h == '1' && hh >= '0' && hh <= '4';
        return hours && s.charAt(4) >= '0' && s.charAt(4) <= '5' && isDigit(s.charAt(5));
    }

    /** {@code ADD|OBSERVE|DELETE}: an EPCIS action. */
    static boolean isAction(String s) {
        return s.equals("ADD") || s.equals("OBSERVE") || s.equals("DELETE");
    }

    /** {@code [A-Z0-9]{2,3}}: the shape of a UN/ECE Recommendation 20 unit code. */
    static boolean isUom(String s) {
        int n = s.length();
        if (n < 2 || n > 3) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /** {@code \d} as java.util.regex reads it by default: ASCII digits only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
