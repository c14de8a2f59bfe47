package io.trazo.ledger.bundle;

/**
 * An operator-period bundle's subject that breaks §18.1's rules, naming the member at fault so a bundle reader
 * can point at it ({@code /from}) and an HTTP API can name its parameter.
 */
public final class PeriodException extends IllegalArgumentException {

    private final String member;
    private final String detail;

    private PeriodException(String member, String detail) {
        super(member + ": " + detail);
        this.member = member;
        this.detail = detail;
    }

    static PeriodException of(String member, String detail) {
        return new PeriodException(member, detail);
    }

    /** {@code operator}, {@code from} or {@code to}. */
    public String member() {
        return member;
    }

    /** What is wrong, without the member's name. */
    public String detail() {
        return detail;
    }
}
