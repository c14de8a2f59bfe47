package io.trazo.append.log;

import java.util.Optional;

/** A {@link LogStateStore} in process memory: for tests, benchmarks and offline tools. */
public final class InMemoryLogStateStore implements LogStateStore {

    private LogState state;

    @Override
    public synchronized Optional<LogState> load() {
        return Optional.ofNullable(state);
    }

    @Override
    public synchronized StateWrite compareAndSet(Optional<LogState> expected, LogState next) {
        if (state != null && next.writer().isBelow(state.writer())) {
            return StateWrite.FENCED;
        }
        if (!Optional.ofNullable(state).equals(expected)) {
            return StateWrite.STALE;
        }
        state = next;
        return StateWrite.WRITTEN;
    }
}
