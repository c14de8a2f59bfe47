package io.trazo.append.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A {@link LeaderLease} in process memory, timed by {@code clock}: for tests and single-process use. */
public final class InMemoryLeaderLease implements LeaderLease {

    private final Clock clock;
    private Lease current;
    private long lastToken;

    public InMemoryLeaderLease(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Lease> acquire(String holder, Duration ttl) {
        Instant now = clock.instant();
        if (current != null && current.isValidAt(now)) {
            if (!current.holder().equals(holder)) {
                return Optional.empty();
            }
            current = new Lease(holder, current.token(), now.plus(ttl));
            return Optional.of(current);
        }
        current = new Lease(holder, new FencingToken(++lastToken), now.plus(ttl));
        return Optional.of(current);
    }

    @Override
    public synchronized Optional<Lease> renew(Lease lease, Duration ttl) {
        Instant now = clock.instant();
        if (current == null || !current.isValidAt(now) || !current.holder().equals(lease.holder())
                || !current.token().equals(lease.token())) {
            return Optional.empty();
        }
        current = new Lease(lease.holder(), lease.token(), now.plus(ttl));
        return Optional.of(current);
    }

    @Override
    public synchronized void release(Lease lease) {
        if (current != null && current.holder().equals(lease.holder()) && current.token().equals(lease.token())) {
            current = null;
        }
    }
}
