package io.trazo.query.web;

/** Nothing accepted in the ledger under this key. {@code kind} picks the problem type: record, actor. */
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
