package io.trazo.web.query;

/** query-service knows no such lot (or no lot under a label's GTIN and lot). */
public final class LotNotFoundException extends RuntimeException {
    private final String lot;

    public LotNotFoundException(String lot) {
        super("no lot " + lot + " in the ledger");
        this.lot = lot;
    }

    public String lot() {
        return lot;
    }
}
