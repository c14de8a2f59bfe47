package io.trazo.append.log;

import java.time.Duration;
import java.util.Optional;

/**
 * Storage port of the sequencer's leader lease: one lease per log, with a fencing token.
 *
 * <p>The lease gives liveness (one sequencer works at a time, and a dead one is replaced after its TTL);
 * safety never depends on it: clocks may be skewed and a process may pause past its lease, which is why
 * every state write is fenced by the token ({@link LogStateStore}).
 *
 * <p>Contract for every implementation (times come from the implementation's clock):
 * <ol>
 *   <li>{@link #acquire} MUST grant the lease if none exists or the stored one expired, and then hand
 *       out a token strictly greater than every token handed out before. If {@code holder} holds an
 *       unexpired lease it MUST extend it and keep its token. Otherwise it MUST return empty.
 *   <li>{@link #renew} MUST extend the lease only if it is still the stored one (same holder and
 *       token) and unexpired; otherwise it MUST return empty and change nothing.
 *   <li>{@link #release} MUST end the lease only if it is still the stored one.
 *   <li>Each method MUST be one atomic conditional write of one document: two concurrent
 *       {@link #acquire}s by different holders MUST NOT both succeed.
 * </ol>
 */
public interface LeaderLease {

    Optional<Lease> acquire(String holder, Duration ttl);

    Optional<Lease> renew(Lease lease, Duration ttl);

    void release(Lease lease);
}
