package io.trazo.append;

import io.trazo.ledger.store.StoredRecord;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crash at every store write of the journey's append, before and after the write lands; restart with
 * fresh in-process state and redeliver from the first uncommitted record, as Kafka would. The ledger
 * must end identical in content to a run without a crash: every record accepted exactly once, in the
 * same order, no gap, no fork, no leftover claim.
 */
class AppenderCrashTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final int BATCH = 8;

    static Stream<Arguments> crashPoints() {
        return everyWrite(cleanRunWrites(a -> JOURNEY.forEach(a::append)));
    }

    static Stream<Arguments> batchCrashPoints() {
        return everyWrite(cleanRunWrites(a -> BatchAppendTest.batches(JOURNEY, BATCH).forEach(a::appendAll)));
    }

    private static Stream<Arguments> everyWrite(int writes) {
        return IntStream.rangeClosed(1, writes).boxed().flatMap(n -> Stream.of(Arguments.of(n, false), Arguments.of(n, true)));
    }

    @ParameterizedTest(name = "crash at write {0}, after it landed: {1}")
    @MethodSource("crashPoints")
    void aCrashAtAnyWriteConvergesOnReplay(int crashAt, boolean afterWrite) {
        InMemoryLedgerStore durable = new InMemoryLedgerStore();
        Appender dying = new Appender(new CrashingStore(durable, crashAt, afterWrite), ROOT, RolePolicy.standard());
        int committed = 0;
        boolean crashed = false;
        for (byte[] wire : JOURNEY) {
            try {
                assertThat(dying.append(wire)).isInstanceOf(AppendOutcome.Accepted.class);
                committed++;
            } catch (CrashingStore.Crash e) {
                crashed = true;
                break;
            }
        }
        assertThat(crashed).isTrue();
        Appender restarted = new Appender(durable, ROOT, RolePolicy.standard());
        for (byte[] wire : JOURNEY.subList(committed, JOURNEY.size())) {
            assertThat(restarted.append(wire)).isInstanceOfAny(AppendOutcome.Accepted.class, AppendOutcome.Duplicate.class);
        }
        Map<Digest, StoredRecord> accepted = LedgerInvariants.check(durable, JOURNEY);
        assertThat(accepted).hasSize(JOURNEY.size());
        assertThat(LedgerInvariants.ledgerOrder(accepted)).containsExactlyElementsOf(cleanOrder());
        assertThat(durable.pending(10)).isEmpty();
    }

    private static List<Digest> cleanOrder() {
        List<Digest> order = new ArrayList<>();
        Appender a = new Appender(new InMemoryLedgerStore(), ROOT, RolePolicy.standard());
        JOURNEY.forEach(w -> order.add(a.append(w).hash().orElseThrow()));
        return order;
    }

    /**
     * The same over {@link Appender#appendAll}: the journey in batches of 8, a crash at every store write
     * (a bulk write dies part-way, as an unordered {@code insertMany} can), then a fresh appender replays
     * from the batch that crashed, as Kafka redelivers an uncommitted poll. Batches may accept a record
     * that fell back after others, so the order is not compared; the invariants are.
     */
    @ParameterizedTest(name = "batched: crash at write {0}, after it landed: {1}")
    @MethodSource("batchCrashPoints")
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

    private static int cleanRunWrites(java.util.function.Consumer<Appender> run) {
        CrashingStore counting = new CrashingStore(new InMemoryLedgerStore(), Integer.MAX_VALUE, false);
        run.accept(new Appender(counting, ROOT, RolePolicy.standard()));
        return counting.writes();
    }
}
