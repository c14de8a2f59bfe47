package io.trazo.query.web;

/** Nothing accepted in the ledger under this key. {@code kind} picks the problem type: record, actor, lot, location. */
public final class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    private NotFoundException(String kind, String key) {
        super("no accepted " + kind + " " + key);
        this.kind = kind;
        this.key = key;
    }

    public static NotFoundException record(String key) {
        return new NotFoundException("record", key);
    }

    /** No lot under a GS1 lot key (problem type unknown-lot, with the key as {@code lot}). */
    public static NotFoundException lot(String key) {
        return new NotFoundException("lot", key);
    }

    /** No accepted location record for a GLN (problem type unknown-location). */
    public static NotFoundException location(String gln) {
        return new NotFoundException("location", gln);
    }

    public static NotFoundException actor(String key) {
        return new NotFoundException("actor", key);
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
