package io.trazo.query.audit;

/** No folded event names the lot. */
final class UnknownAuditLot extends RuntimeException {

    private final String lot;

    UnknownAuditLot(String lot) {
        super("no accepted event names " + lot);
        this.lot = lot;
    }

    String lot() {
        return lot;
    }
}
