package io.trazo.append.audit;

import java.util.Optional;

/** Keeps the continuous store audit's {@link AuditCursor} across restarts. One cursor per ledger. */
public interface AuditCursorStore {

    Optional<AuditCursor> load();

    /** MUST replace the stored cursor as one atomic write: a reader sees the old cursor or the new one, never a mix. */
    void save(AuditCursor cursor);

    /** Forgets the cursor: the next pass starts at leaf 0. */
    void clear();

    /** In memory, for tests and for a runner without a store. */
    static AuditCursorStore inMemory() {
        return new AuditCursorStore() {
            private volatile AuditCursor cursor;

            @Override
            public Optional<AuditCursor> load() {
                return Optional.ofNullable(cursor);
            }

            @Override
            public void save(AuditCursor c) {
                cursor = c;
            }

            @Override
            public void clear() {
                cursor = null;
            }
        };
    }
}
