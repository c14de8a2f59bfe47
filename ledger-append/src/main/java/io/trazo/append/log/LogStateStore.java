package io.trazo.append.log;

import java.util.Optional;

/**
 * Storage port for the single {@link LogState} document of a log.
 *
 * <p>Contract for every implementation:
 * <ol>
 *   <li>{@link #load} MUST return the last state written, or empty if none was ever written.
 *   <li>{@link #compareAndSet} MUST be one atomic conditional write of one document: it stores
 *       {@code next} only if the stored state equals {@code expected} in every component (or none is
 *       stored and {@code expected} is empty) and {@code next.writer()} is not below the stored
 *       state's writer token. Never a read followed by a write.
 *   <li>If the stored state differs from {@code expected} it MUST return {@link StateWrite#STALE}; if
 *       it matches but its writer token is above {@code next.writer()} it MUST return
 *       {@link StateWrite#FENCED}. In both cases nothing changes. Implementations MAY report FENCED
 *       whenever the stored token is above {@code next.writer()}, whatever else differs.
 *   <li>{@link StateWrite#WRITTEN} MUST NOT be returned before the state is durable (MongoDB: majority
 *       write concern) and visible to every later {@link #load}.
 *   <li>Both methods MUST be safe to call concurrently from several processes.
 * </ol>
 */
public interface LogStateStore {

    Optional<LogState> load();

    StateWrite compareAndSet(Optional<LogState> expected, LogState next);
}
