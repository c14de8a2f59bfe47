package io.trazo.audit;

/**
 * Chain-of-custody levels, strongest first. A lot's level for a scheme only ever goes down along its
 * path: identity preserved (one certified origin, kept apart), mixed identity preserved (several
 * certified origins, each still identifiable; Rainforest Alliance), segregated (certified lots mixed
 * only with certified lots), mass balance (certified volume is accounted, not physically traced).
 */
public enum CustodyLevel {
    IDENTITY_PRESERVED("IP"),
    MIXED_IDENTITY_PRESERVED("MIP"),
    SEGREGATED("SG"),
    MASS_BALANCE("MB");

    private final String abbreviation;

    CustodyLevel(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /** The weaker of two levels. */
    public CustodyLevel weakest(CustodyLevel other) {
        return ordinal() >= other.ordinal() ? this : other;
    }

    /** Whether volume must balance at every event, not only at the end of a period. */
    public boolean physical() {
        return this != MASS_BALANCE;
    }
}
