package io.trazo.append.log;

import io.trazo.ledger.log.LogLeaf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.append.ForwardingLedgerStore;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.append.LedgerStore;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PositionWalkTest {

    private final InMemoryLedgerStore honest = new InMemoryLedgerStore();
    private final MutableClock clock = MutableClock.atEpoch();
    private final AtomicInteger rangeReads = new AtomicInteger();
    private int singleReads;

    private final LedgerStore counted = new ForwardingLedgerStore(honest) {
        @Override
        public Map<Long, StoredRecord> acceptedRange(long from, int count) {
            rangeReads.incrementAndGet();
            return honest.acceptedRange(from, count);
        }

        @Override
        public Optional<Digest> acceptedAt(long position) {
            singleReads++;
            return super.acceptedAt(position);
        }
    };

    private PositionWalk walk(LedgerStore ledger, int maxBatch, Duration grace) {
        return new PositionWalk(ledger, new SequencerPolicy(maxBatch, grace), clock);
    }

    @Test
    void positionsAreReadAWindowPerRoundTripAndNeverOneByOne() throws Exception {
        for (int i = 0; i < 3000; i++) {
            honest.nextPosition();
        }
        List<Digest> journey = LogFixture.append(honest, LogFixture.JOURNEY);

        PositionWalk.Batch batch = walk(counted, 4096, Duration.ZERO).next(0);

        assertThat(batch.records()).isEqualTo(journey);
        assertThat(batch.lastPosition()).isEqualTo(honest.lastPosition());
        assertThat(batch.waitingAt()).isEmpty();
        assertThat(rangeReads.get()).isEqualTo((int) ((honest.lastPosition() + 127) / 128));
        assertThat(singleReads).isZero();
        assertThat(honest.sealPosition(3000)).isTrue();
    }

    @Test
    void aBatchStopsAtItsLimitOnARecordEvenWhenTheWindowReachesFurther() throws Exception {
        List<Digest> journey = LogFixture.append(honest, LogFixture.JOURNEY);

        PositionWalk walk = walk(counted, 3, Duration.ZERO);
        PositionWalk.Batch first = walk.next(0);
        PositionWalk.Batch second = walk.next(first.lastPosition());

        assertThat(first.records()).isEqualTo(journey.subList(0, 3));
        assertThat(honest.acceptedAt(first.lastPosition())).contains(journey.get(2));
        assertThat(second.records()).isEqualTo(journey.subList(3, 6));
    }

    @Test
    void aGapInsideAWindowEndsTheBatchJustBeforeItUntilTheGraceHasPassed() throws Exception {
        List<Digest> before = LogFixture.append(honest, LogFixture.JOURNEY.subList(0, 3));
        long gap = honest.nextPosition();
        List<Digest> after = LogFixture.append(honest, LogFixture.JOURNEY.subList(3, 5));
        PositionWalk walk = walk(counted, 4096, Duration.ofSeconds(2));

        PositionWalk.Batch held = walk.next(0);
        assertThat(held.records()).isEqualTo(before);
        assertThat(held.lastPosition()).isEqualTo(gap - 1);
        assertThat(held.waitingAt()).hasValue(gap);
        clock.advance(Duration.ofSeconds(2));

        PositionWalk.Batch moved = walk.next(held.lastPosition());
        assertThat(moved.records()).isEqualTo(after);
        assertThat(honest.acceptedAt(gap)).isEmpty();
        assertThat(honest.markAccepted(after.get(0), gap)).isFalse();
    }

    @Test
    void aSealThatLosesToALateAcceptanceTakesTheRecordAtItsPosition() throws Exception {
        List<Digest> before = LogFixture.append(honest, LogFixture.JOURNEY.subList(0, 3));
        long gap = honest.nextPosition();
        SignedRecord late = RecordCodec.parse(LogFixture.JOURNEY.get(3));
        honest.insertPending(new StoredRecord(late.hash(), LogFixture.JOURNEY.get(3), late.type(), late.actor(), late.time(),
                Map.of(), RecordState.PENDING, OptionalLong.empty(), Optional.empty()));
        LedgerStore racing = new ForwardingLedgerStore(honest) {
            @Override
            public boolean sealPosition(long position) {
                honest.markAccepted(late.hash(), position);
                return super.sealPosition(position);
            }
        };

        PositionWalk.Batch batch = walk(racing, 4096, Duration.ZERO).next(0);

        assertThat(batch.records()).containsExactly(before.get(0), before.get(1), before.get(2), late.hash());
        assertThat(batch.lastPosition()).isEqualTo(gap);
        assertThat(batch.leafHashes().get(3)).isEqualTo(LogLeaf.hash(late));
    }

    @Test
    void inALongRunHashedInParallelTheFirstTamperedPositionIsTheOneReported() throws Exception {
        List<Digest> journey = LogFixture.append(honest, LogFixture.JOURNEY);
        int n = 300;
        for (int i = 0; i < n - journey.size(); i++) {
            honest.nextPosition();
        }
        LedgerStore repeating = new ForwardingLedgerStore(honest) {
            @Override
            public Map<Long, StoredRecord> acceptedRange(long from, int count) {
                Map<Long, StoredRecord> range = new java.util.HashMap<>();
                for (long p = from; p < from + count; p++) {
                    StoredRecord r = honest.record(journey.get((int) (p % journey.size()))).orElseThrow();
                    byte[] wire = p == 200 || p == 250 ? honest.record(journey.get((int) ((p + 1) % journey.size()))).orElseThrow().wire()
                            : r.wire();
                    range.put(p, new StoredRecord(r.hash(), wire, r.type(), r.actor(), r.time(), r.lotPositions(), r.state(),
                            OptionalLong.of(p), r.rejection()));
                }
                return range;
            }
        };
        PositionWalk walk = walk(repeating, 4096, Duration.ZERO);

        assertThatThrownBy(() -> walk.next(0)).isInstanceOf(LogIntegrityException.class)
                .hasMessageContaining("at position 200 has bytes that hash to");
        PositionWalk.Batch before = walk(repeating, 199, Duration.ZERO).next(0);
        assertThat(before.records()).hasSize(199);
        assertThat(before.records().get(64)).isEqualTo(journey.get(65 % journey.size()));
    }
}
