package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.RepeatedTest;

/** Two appenders (two ingest instances) race two forked records onto one lot head. */
class AppenderRaceTest {

    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());

    @RepeatedTest(25)
    void racingForkedAppendsHaveExactlyOneWinner() throws Exception {
        Forks forks = new Forks();
        LedgerStore store = new InMemoryLedgerStore();
        Appender first = new Appender(store, ROOT, RolePolicy.standard());
        Appender second = new Appender(store, ROOT, RolePolicy.standard());
        forks.prefix().forEach(first::append);
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<AppendOutcome> left = CompletableFuture.supplyAsync(() -> race(start, first, forks.left()));
        CompletableFuture<AppendOutcome> right = CompletableFuture.supplyAsync(() -> race(start, second, forks.right()));
        List<AppendOutcome> outcomes = List.of(settle(first, forks.left(), left.get()), settle(second, forks.right(), right.get()));
        assertThat(outcomes).filteredOn(AppendOutcome.Accepted.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(AppendOutcome.Rejected.class::isInstance).singleElement()
                .satisfies(o -> assertThat(((AppendOutcome.Rejected) o).code()).isEqualTo(ReasonCode.FORK));
        LedgerInvariants.check(store, forks.all());
    }

    /** A deferral for contention is retried, as the retry topic would. */
    private static AppendOutcome settle(Appender appender, byte[] wire, AppendOutcome outcome) {
        for (int i = 0; i < 100 && outcome instanceof AppendOutcome.Deferred; i++) {
            Thread.onSpinWait();
            outcome = appender.append(wire);
        }
        return outcome;
    }

    private static AppendOutcome race(CyclicBarrier start, Appender appender, byte[] wire) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return appender.append(wire);
    }
}
