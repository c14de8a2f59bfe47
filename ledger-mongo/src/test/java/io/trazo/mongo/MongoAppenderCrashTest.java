package io.trazo.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.mongo.MongoTarget;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.CrashingStore;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.LedgerInvariants;
import io.trazo.append.LedgerStore;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.crypto.Digest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core's crash scenario over MongoDB: die at a store write, before or after it lands, restart
 * with fresh state and redeliver from the first unacknowledged record. A spread of crash points
 * (every seventh write, both sides) keeps the run short; the core's test covers every point in memory.
 */
class MongoAppenderCrashTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());

    static Stream<Arguments> crashPoints() {
        CrashingStore counting = new CrashingStore(new InMemoryLedgerStore(), Integer.MAX_VALUE, false);
        Appender a = new Appender(counting, ROOT, RolePolicy.standard());
        JOURNEY.forEach(a::append);
        return IntStream.iterate(1, n -> n <= counting.writes(), n -> n + 7).boxed()
                .flatMap(n -> Stream.of(Arguments.of(n, false), Arguments.of(n, true)));
    }

    @ParameterizedTest(name = "crash at write {0}, after it landed: {1}")
    @MethodSource("crashPoints")
    void aCrashAtAnyWriteConvergesOnReplayOverMongo(int crashAt, boolean afterWrite) {
        LedgerStore durable = new MongoLedgerStore(MongoTarget.shared().client().getDatabase("crash-" + UUID.randomUUID())).ensureIndexes();
        Appender dying = new Appender(new CrashingStore(durable, crashAt, afterWrite), ROOT, RolePolicy.standard());
        int committed = 0;
        try {
            for (byte[] wire : JOURNEY) {
                assertThat(dying.append(wire)).isInstanceOf(AppendOutcome.Accepted.class);
                committed++;
            }
        } catch (CrashingStore.Crash expected) {
            // the process died here; what follows is the restart
        }
        Appender restarted = new Appender(durable, ROOT, RolePolicy.standard());
        for (byte[] wire : JOURNEY.subList(committed, JOURNEY.size())) {
            assertThat(restarted.append(wire)).isInstanceOfAny(AppendOutcome.Accepted.class, AppendOutcome.Duplicate.class);
        }
        Map<Digest, StoredRecord> accepted = LedgerInvariants.check(durable, JOURNEY);
        assertThat(accepted).hasSize(JOURNEY.size());
        assertThat(durable.pending(10)).isEmpty();
    }

    static Stream<Arguments> batchCrashPoints() {
        CrashingStore counting = new CrashingStore(new InMemoryLedgerStore(), Integer.MAX_VALUE, false);
        Appender a = new Appender(counting, ROOT, RolePolicy.standard());
        batches().forEach(a::appendAll);
        return IntStream.iterate(1, n -> n <= counting.writes(), n -> n + 5).boxed()
                .flatMap(n -> Stream.of(Arguments.of(n, false), Arguments.of(n, true)));
    }

    /**
     * The same over the batch path. The dying appender's bulk calls reach Mongo one write at a time
     * through the crashing store, so a bulk dies part-way; the restarted appender uses the adapter's
     * bulk writes ({@code insertMany}, {@code bulkWrite}, {@code _id $in}).
     */
    @ParameterizedTest(name = "batched: crash at write {0}, after it landed: {1}")
    @MethodSource("batchCrashPoints")
    void aCrashInABatchConvergesOnReplayOverMongo(int crashAt, boolean afterWrite) {
        LedgerStore durable = new MongoLedgerStore(MongoTarget.shared().client().getDatabase("crash-" + UUID.randomUUID())).ensureIndexes();
        Appender dying = new Appender(new CrashingStore(durable, crashAt, afterWrite), ROOT, RolePolicy.standard());
        List<List<byte[]>> batches = batches();
        int committed = 0;
        try {
            for (List<byte[]> batch : batches) {
                assertThat(dying.appendAll(batch)).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Accepted.class));
                committed++;
            }
        } catch (CrashingStore.Crash expected) {
            // the process died here; what follows is the restart
        }
        Appender restarted = new Appender(durable, ROOT, RolePolicy.standard());
        for (List<byte[]> batch : batches.subList(committed, batches.size())) {
            assertThat(restarted.appendAll(batch)).allSatisfy(o -> assertThat(o).isInstanceOfAny(AppendOutcome.Accepted.class, AppendOutcome.Duplicate.class));
        }
        assertThat(LedgerInvariants.check(durable, JOURNEY)).hasSize(JOURNEY.size());
        assertThat(durable.pending(10)).isEmpty();
        // the restarted appender used the adapter's bulk writes directly
        assertThat(restarted.appendAll(JOURNEY)).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Duplicate.class));
    }

    private static List<List<byte[]>> batches() {
        List<List<byte[]>> out = new java.util.ArrayList<>();
        for (int i = 0; i < JOURNEY.size(); i += 8) {
            out.add(JOURNEY.subList(i, Math.min(JOURNEY.size(), i + 8)));
        }
        return out;
    }
}
