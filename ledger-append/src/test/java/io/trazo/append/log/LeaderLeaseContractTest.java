package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The {@link LeaderLease} contract, once for every adapter: extend and supply a fresh lease on {@code clock}. */
public abstract class LeaderLeaseContractTest {

    private static final Duration TTL = Duration.ofSeconds(10);

    protected abstract LeaderLease newLease(Clock clock);

    @Test
    void aFreeLeaseIsGrantedWithAPositiveToken() {
        MutableClock clock = MutableClock.atEpoch();
        Lease lease = newLease(clock).acquire("a", TTL).orElseThrow();
        assertThat(lease.holder()).isEqualTo("a");
        assertThat(lease.token().value()).isPositive();
        assertThat(lease.expiresAt()).isEqualTo(clock.instant().plus(TTL));
    }

    @Test
    void aHeldLeaseIsNotGrantedToAnother() {
        MutableClock clock = MutableClock.atEpoch();
        LeaderLease leases = newLease(clock);
        leases.acquire("a", TTL);
        clock.advance(TTL.minusSeconds(1));
        assertThat(leases.acquire("b", TTL)).isEmpty();
    }

    @Test
    void theHolderAcquiringAgainKeepsItsTokenAndExtends() {
        MutableClock clock = MutableClock.atEpoch();
        LeaderLease leases = newLease(clock);
        Lease first = leases.acquire("a", TTL).orElseThrow();
        clock.advance(Duration.ofSeconds(3));
        Lease again = leases.acquire("a", TTL).orElseThrow();
        assertThat(again.token()).isEqualTo(first.token());
        assertThat(again.expiresAt()).isEqualTo(clock.instant().plus(TTL));
    }

    @Test
    void anExpiredLeaseGoesToTheNextHolderWithAGreaterToken() {
        MutableClock clock = MutableClock.atEpoch();
        LeaderLease leases = newLease(clock);
        Lease a = leases.acquire("a", TTL).orElseThrow();
        clock.advance(TTL);
        Lease b = leases.acquire("b", TTL).orElseThrow();
        assertThat(a.token().isBelow(b.token())).isTrue();
        assertThat(leases.renew(a, TTL)).isEmpty();
        clock.advance(TTL);
        Lease a2 = leases.acquire("a", TTL).orElseThrow();
        assertThat(b.token().isBelow(a2.token())).isTrue();
    }

    @Test
    void renewingAValidLeaseExtendsItAndKeepsTheToken() {
        MutableClock clock = MutableClock.atEpoch();
        LeaderLease leases = newLease(clock);
        Lease a = leases.acquire("a", TTL).orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        Lease renewed = leases.renew(a, TTL).orElseThrow();
        assertThat(renewed.token()).isEqualTo(a.token());
        assertThat(renewed.expiresAt()).isEqualTo(clock.instant().plus(TTL));
    }

    @Test
    void anExpiredLeaseCannotBeRenewedEvenIfNobodyTookIt() {
        MutableClock clock = MutableClock.atEpoch();
        LeaderLease leases = newLease(clock);
        Lease a = leases.acquire("a", TTL).orElseThrow();
        clock.advance(TTL.plusMillis(1));
        assertThat(leases.renew(a, TTL)).isEmpty();
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceAndTheOldHolderCannotRenew() {
        MutableClock clock = MutableClock.atEpoch();
        LeaderLease leases = newLease(clock);
        Lease a = leases.acquire("a", TTL).orElseThrow();
        leases.release(a);
        Lease b = leases.acquire("b", TTL).orElseThrow();
        assertThat(a.token().isBelow(b.token())).isTrue();
        assertThat(leases.renew(a, TTL)).isEmpty();
        leases.release(a);
        assertThat(leases.renew(b, TTL)).isPresent();
    }

    @RepeatedTest(5)
    void ofConcurrentCandidatesExactlyOneIsGranted() throws Exception {
        MutableClock clock = MutableClock.atEpoch();
        LeaderLease leases = newLease(clock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Lease>>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String holder = "candidate-" + i;
                tries.add(pool.submit(() -> leases.acquire(holder, TTL)));
            }
            int granted = 0;
            for (Future<Optional<Lease>> t : tries) {
                granted += t.get().isPresent() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
