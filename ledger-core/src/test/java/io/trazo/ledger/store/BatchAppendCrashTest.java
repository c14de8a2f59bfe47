package io.trazo.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.demo.CoffeeJourney;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AppenderCrashTest} for {@link Appender#appendAll}: the journey in batches of 8, a crash at
 * every store write (before and after it lands; a bulk write dies part-way, as an unordered
 * {@code insertMany} can), then a fresh appender replays from the batch that crashed, as Kafka
 * redelivers an uncommitted poll. The ledger must end with every record accepted exactly once, no gap,
 * no fork, no leftover claim or pending record.
 */
class BatchAppendCrashTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final int BATCH = 8;
    private static final int WRITES = cleanRunWrites();

    static Stream<Arguments> crashPoints() {
        return IntStream.rangeClosed(1, WRITES).boxed()
                .flatMap(n -> Stream.of(Arguments.of(n, false), Arguments.of(n, true)));
    }

    @ParameterizedTest(name = "crash at write {0}, after it landed: {1}")
    @MethodSource("crashPoints")
    void aCrashAtAnyWriteOfABatchConvergesOnReplay(int crashAt, boolean afterWrite) {
        InMemoryLedgerStore durable = new InMemoryLedgerStore();
        Appender dying = new Appender(new CrashingStore(durable, crashAt, afterWrite), ROOT, RolePolicy.standard());
        List<List<byte[]>> batches = BatchAppendTest.batches(JOURNEY, BATCH);
        int committed = 0;
        boolean crashed = false;
        for (List<byte[]> batch : batches) {
            try {
                assertThat(dying.appendAll(batch)).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Accepted.class));
                committed++;
            } catch (CrashingStore.Crash e) {
                crashed = true;
                break;
            }
        }
        assertThat(crashed).isTrue();
        Appender restarted = new Appender(durable, ROOT, RolePolicy.standard());
        for (List<byte[]> batch : batches.subList(committed, batches.size())) {
            assertThat(restarted.appendAll(batch))
                    .allSatisfy(o -> assertThat(o).isInstanceOfAny(AppendOutcome.Accepted.class, AppendOutcome.Duplicate.class));
        }
        assertThat(LedgerInvariants.check(durable, JOURNEY)).hasSize(JOURNEY.size());
        assertThat(durable.pending(10)).isEmpty();
    }

    private static int cleanRunWrites() {
        CrashingStore counting = new CrashingStore(new InMemoryLedgerStore(), Integer.MAX_VALUE, false);
        Appender a = new Appender(counting, ROOT, RolePolicy.standard());
        BatchAppendTest.batches(JOURNEY, BATCH).forEach(a::appendAll);
        return counting.writes();
    }
}
