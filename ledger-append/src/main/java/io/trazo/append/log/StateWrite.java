package io.trazo.append.log;

/** The outcomes of {@link LogStateStore#compareAndSet}: expected results, not exceptions. */
public enum StateWrite {
    /** The new state is durably stored. */
    WRITTEN,
    /** The stored state is not the expected one: another writer moved it; re-read and start over. */
    STALE,
    /** The stored state carries a higher fencing token: a newer leader exists; stop writing. */
    FENCED
}
