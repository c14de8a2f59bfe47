package io.trazo.append.log;

/**
 * A log store already holds a different entry under the same key: a second history of the log exists
 * (a fork, a tampered store, or a bug). Never retryable; the stored entry stands.
 */
public final class LogConflictException extends RuntimeException {

    private final String key;

    private LogConflictException(String key, String message) {
        super(message);
        this.key = key;
    }

    public static LogConflictException checkpoint(long size, String storedNote, String offeredNote) {
        return new LogConflictException("checkpoint/" + size, "checkpoint of size " + size
                + " is already stored with a different note: stored " + firstLines(storedNote) + ", offered "
                + firstLines(offeredNote));
    }

    public static LogConflictException leaf(long leafIndex, String storedRecord, String offeredRecord) {
        return new LogConflictException("leaf/" + leafIndex, "leaf " + leafIndex + " is recorded for record "
                + storedRecord + ", offered " + offeredRecord);
    }

    public static LogConflictException record(String record, long storedIndex, long offeredIndex) {
        return new LogConflictException("record/" + record, "record " + record + " is recorded at leaf "
                + storedIndex + ", offered leaf " + offeredIndex);
    }

    /** What was contended, e.g. {@code leaf/12} or {@code checkpoint/40}. */
    public String key() {
        return key;
    }

    public boolean isRetryable() {
        return false;
    }

    private static String firstLines(String note) {
        String[] lines = note.split("\n", 4);
        return lines.length >= 3 ? "\"" + lines[1] + " " + lines[2] + "\"" : "\"" + note + "\"";
    }
}
