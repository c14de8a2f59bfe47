package io.trazo.ledger.event;

/** The GS1 mod-10 check digit (GS1 General Specifications §7.9.1), used by every numeric GS1 key. */
final class Gs1CheckDigit {

    private Gs1CheckDigit() {}

    /** The digit that completes {@code body}: weights 3,1,3,… from the rightmost body digit. */
    static char of(String body) {
        return of(body, 0, body.length());
    }

    static String append(String body) {
        return body + of(body);
    }

    /** Appends the check digit of the chars {@code out} holds from {@code from} on. */
    static StringBuilder appendTo(StringBuilder out, int from) {
        return out.append(of(out, from, out.length()));
    }

    private static char of(CharSequence body, int from, int to) {
        int sum = 0;
        for (int i = 0; i < to - from; i++) {
            char c = body.charAt(to - 1 - i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit string: " + body.subSequence(from, to));
            }
            sum += (c - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
