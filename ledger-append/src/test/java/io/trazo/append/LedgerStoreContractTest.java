package io.trazo.append;

import static io.trazo.append.StoreContractFixtures.at;
import static io.trazo.append.StoreContractFixtures.hash;
import static io.trazo.append.StoreContractFixtures.onFourThreads;
import static io.trazo.append.StoreContractFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The {@link LedgerStore} contract. Every adapter's test extends this class (it ships in the
 * ledger-append test-jar) and supplies a fresh, empty store; the records it stores come from
 * {@link StoreContractFixtures}.
 */
public abstract class LedgerStoreContractTest {

    protected abstract LedgerStore newStore();

    protected LedgerStore store;

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    @Test
    void aRecordIsStoredOnceAndReadBackByteForByte() {
        StoredRecord r = pending("r", Map.of("lot:a", 0L));
        assertThat(store.insertPending(r)).isTrue();
        assertThat(store.insertPending(pending("r", Map.of("lot:b", 3L)))).isFalse();
        StoredRecord back = store.record(hash("r")).orElseThrow();
        assertThat(back.wire()).isEqualTo(r.wire());
        assertThat(back.lotPositions()).isEqualTo(Map.of("lot:a", 0L));
        assertThat(back.state()).isEqualTo(RecordState.PENDING);
        assertThat(back.time()).isEqualTo(r.time());
        assertThat(back.type()).isEqualTo(RecordType.EVENT);
        assertThat(store.record(hash("absent"))).isEmpty();
    }

    @Test
    void onlyAPendingRecordCanBeAcceptedOrRejectedAndOnlyOnce() {
        store.insertPending(pending("r", Map.of()));
        assertThat(store.markAccepted(hash("r"), 7)).isTrue();
        assertThat(store.markAccepted(hash("r"), 8)).isFalse();
        assertThat(store.markRejected(hash("r"), "FORK: x")).isFalse();
        assertThat(store.record(hash("r")).orElseThrow().position()).hasValue(7);
        assertThat(store.acceptedAt(7)).contains(hash("r"));
        store.insertPending(pending("s", Map.of()));
        assertThat(store.markRejected(hash("s"), "FORK: lost")).isTrue();
        assertThat(store.record(hash("s")).orElseThrow().rejection()).contains("FORK: lost");
        assertThat(store.markAccepted(hash("s"), 9)).isFalse();
        assertThat(store.markAccepted(hash("absent"), 10)).isFalse();
    }

    @Test
    void twoRecordsCannotBeAcceptedAtTheSamePosition() {
        store.insertPending(pending("a", Map.of()));
        store.insertPending(pending("b", Map.of()));
        assertThat(store.markAccepted(hash("a"), 5)).isTrue();
        assertThat(store.markAccepted(hash("b"), 5)).isFalse();
        assertThat(store.record(hash("b")).orElseThrow().state()).isEqualTo(RecordState.PENDING);
    }

    @Test
    void inOrderAcceptanceStopsAtTheFirstRecordItRefusesAndChangesNothingAfterIt() {
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
            store.insertPending(pending(name, Map.of()));
        }
        store.markRejected(hash("c"), "FORK: settled meanwhile");
        assertThat(store.markAcceptedInOrder(List.of(at("a", 1), at("b", 2), at("c", 3), at("d", 4)))).isEqualTo(2);
        assertThat(store.acceptedAt(1)).contains(hash("a"));
        assertThat(store.acceptedAt(2)).contains(hash("b"));
        assertThat(store.record(hash("c")).orElseThrow().state()).isEqualTo(RecordState.REJECTED);
        assertThat(store.record(hash("d")).orElseThrow().state()).isEqualTo(RecordState.PENDING);
        assertThat(store.acceptedAt(4)).isEmpty();

        assertThat(store.markAcceptedInOrder(List.of(at("d", 5), at("a", 6), at("e", 7)))).as("already accepted").isEqualTo(1);
        assertThat(store.record(hash("a")).orElseThrow().position()).hasValue(1);
        assertThat(store.record(hash("e")).orElseThrow().state()).isEqualTo(RecordState.PENDING);

        assertThat(store.sealPosition(8)).isTrue();
        assertThat(store.markAcceptedInOrder(List.of(at("e", 8), at("f", 9)))).as("a sealed position").isZero();
        assertThat(store.markAcceptedInOrder(List.of(at("e", 10), at("f", 10)))).as("one position twice").isEqualTo(1);
        assertThat(store.record(hash("f")).orElseThrow().state()).isEqualTo(RecordState.PENDING);
        assertThat(store.markAcceptedInOrder(List.of(at("f", 11)))).isEqualTo(1);
        assertThat(store.markAcceptedInOrder(List.of())).isZero();
        assertThat(store.acceptedAt(10)).contains(hash("e"));
        assertThat(store.acceptedAt(11)).contains(hash("f"));
    }

    @Test
    void positionsOnlyIncrease() {
        long last = 0;
        for (int i = 0; i < 100; i++) {
            long next = store.nextPosition();
            assertThat(next).isGreaterThan(last);
            last = next;
        }
    }

    @Test
    void aSealedPositionCanNeverBeAcceptedAndAnAcceptedOneCannotBeSealed() {
        long sealed = store.nextPosition();
        long used = store.nextPosition();
        assertThat(store.lastPosition()).isEqualTo(used);
        store.insertPending(pending("r", Map.of()));
        assertThat(store.sealPosition(sealed)).isTrue();
        assertThat(store.sealPosition(sealed)).isTrue();
        assertThat(store.markAccepted(hash("r"), sealed)).isFalse();
        assertThat(store.acceptedAt(sealed)).isEmpty();
        assertThat(store.markAccepted(hash("r"), used)).isTrue();
        assertThat(store.sealPosition(used)).isFalse();
        assertThat(store.acceptedAt(used)).contains(hash("r"));
    }

    @Test
    void aLotPositionHasOneHolderAndOnlyTheHolderCanReleaseIt() {
        assertThat(store.claim("lot:a", 0, hash("x"))).isEqualTo(hash("x"));
        assertThat(store.claim("lot:a", 0, hash("x"))).isEqualTo(hash("x"));
        assertThat(store.claim("lot:a", 0, hash("y"))).isEqualTo(hash("x"));
        store.release("lot:a", 0, hash("y"));
        assertThat(store.claimAt("lot:a", 0)).contains(hash("x"));
        store.release("lot:a", 0, hash("x"));
        assertThat(store.claimAt("lot:a", 0)).isEmpty();
        assertThat(store.claim("lot:a", 0, hash("y"))).isEqualTo(hash("y"));
        assertThat(store.claim("lot:a", 1, hash("x"))).isEqualTo(hash("x"));
        assertThat(store.claim("lot:b", 0, hash("x"))).isEqualTo(hash("x"));
    }

    @Test
    void headsOnlyMoveForward() {
        store.advanceHead(new LotHead("lot:a", 2, hash("two")));
        store.advanceHead(new LotHead("lot:a", 1, hash("one")));
        store.advanceHead(new LotHead("lot:a", 2, hash("other")));
        assertThat(store.head("lot:a")).contains(new LotHead("lot:a", 2, hash("two")));
        store.advanceHead(new LotHead("lot:a", 3, hash("three")));
        assertThat(store.head("lot:a")).contains(new LotHead("lot:a", 3, hash("three")));
        assertThat(store.head("lot:b")).isEmpty();
    }

    @Test
    void aRegistryNameIsBoundToTheFirstRecordOnly() {
        assertThat(store.bind(LedgerReader.RegistryKind.ACTOR, "urn:trazo:actor:a", hash("1"))).isEqualTo(hash("1"));
        assertThat(store.bind(LedgerReader.RegistryKind.ACTOR, "urn:trazo:actor:a", hash("2"))).isEqualTo(hash("1"));
        assertThat(store.bind(LedgerReader.RegistryKind.KEY, "urn:trazo:actor:a", hash("2"))).isEqualTo(hash("2"));
        assertThat(store.bound(LedgerReader.RegistryKind.ACTOR, "urn:trazo:actor:a")).contains(hash("1"));
        assertThat(store.bound(LedgerReader.RegistryKind.REVOCATION, "urn:trazo:actor:a")).isEmpty();
    }

    @Test
    void aBatchOfRegistryNamesAnswersAsEachNameAlone() {
        store.bind(LedgerReader.RegistryKind.KEY, "k1", hash("1"));
        store.bind(LedgerReader.RegistryKind.KEY, "k2", hash("2"));
        store.bind(LedgerReader.RegistryKind.REVOCATION, "k3", hash("3"));
        assertThat(store.bound(LedgerReader.RegistryKind.KEY, java.util.List.of("k1", "k2", "k3", "k1")))
                .containsOnly(java.util.Map.entry("k1", hash("1")), java.util.Map.entry("k2", hash("2")));
        assertThat(store.bound(LedgerReader.RegistryKind.ACTOR, java.util.List.of())).isEmpty();
    }

    @Test
    void aBatchOfPendingRecordsInsertsEachOnceAndReportsWhichWereNew() {
        store.insertPending(pending("old", Map.of("lot:a", 0L)));
        Set<Digest> inserted = store.insertPending(List.of(pending("a", Map.of("lot:a", 1L)), pending("old", Map.of()),
                pending("b", Map.of("lot:b", 0L, "lot:c", 4L))));
        assertThat(inserted).containsExactlyInAnyOrder(hash("a"), hash("b"));
        assertThat(store.record(hash("old")).orElseThrow().lotPositions()).isEqualTo(Map.of("lot:a", 0L));
        assertThat(store.records(List.of(hash("a"), hash("b"), hash("absent"))))
                .containsOnlyKeys(hash("a"), hash("b"))
                .hasEntrySatisfying(hash("b"), r -> assertThat(r.lotPositions()).isEqualTo(Map.of("lot:b", 0L, "lot:c", 4L)));
    }

    @Test
    void aBatchOfClaimsAnswersAsEachClaimAlone() {
        store.claim("lot:a", 0, hash("x"));
        store.claim("lot:a", 1, hash("y"));
        List<Digest> holders = store.claim(List.of(new LedgerStore.Claim("lot:a", 0, hash("x")), new LedgerStore.Claim("lot:a", 1, hash("z")),
                new LedgerStore.Claim("lot:a", 2, hash("z")), new LedgerStore.Claim("lot:b", 0, hash("z"))));
        assertThat(holders).containsExactly(hash("x"), hash("y"), hash("z"), hash("z"));
        assertThat(store.claimAt("lot:a", 2)).contains(hash("z"));
        assertThat(store.claimAt("lot:a", 1)).contains(hash("y"));
    }

    @Test
    void positionsDrawnTogetherAreAscendingAndNeverReused() {
        long before = store.nextPosition();
        long[] drawn = store.nextPositions(5);
        assertThat(drawn).hasSize(5);
        for (int i = 0; i < drawn.length; i++) {
            assertThat(drawn[i]).isGreaterThan(i == 0 ? before : drawn[i - 1]);
        }
        assertThat(store.nextPosition()).isGreaterThan(drawn[4]);
        assertThat(store.lastPosition()).isGreaterThan(drawn[4]);
    }

    @Test
    void aBatchOfHeadsMovesEachOnlyForward() {
        store.advanceHead(new LotHead("lot:a", 5, hash("five")));
        store.advanceHeads(List.of(new LotHead("lot:a", 4, hash("four")), new LotHead("lot:b", 0, hash("b0")),
                new LotHead("lot:c", 2, hash("c2"))));
        store.advanceHeads(List.of(new LotHead("lot:c", 3, hash("c3"))));
        assertThat(store.heads(List.of("lot:a", "lot:b", "lot:c", "lot:d"))).containsOnly(
                Map.entry("lot:a", new LotHead("lot:a", 5, hash("five"))), Map.entry("lot:b", new LotHead("lot:b", 0, hash("b0"))),
                Map.entry("lot:c", new LotHead("lot:c", 3, hash("c3"))));
    }

    @Test
    void aRangeOfPositionsHoldsExactlyTheAcceptedRecordsAsEachPositionAlone() {
        for (int i = 0; i < 7; i++) {
            store.nextPosition();
        }
        for (String name : List.of("a", "b", "c", "waiting")) {
            store.insertPending(pending(name, Map.of("lot:" + name, 0L)));
        }
        store.markAccepted(hash("a"), 1);
        store.sealPosition(2);
        store.markAccepted(hash("b"), 4);
        store.markAccepted(hash("c"), 6);
        store.sealPosition(7);

        Map<Long, StoredRecord> range = store.acceptedRange(1, 9);

        assertThat(range).containsOnlyKeys(1L, 4L, 6L);
        for (long p = 1; p <= 9; p++) {
            Optional<Digest> alone = store.acceptedAt(p);
            assertThat(Optional.ofNullable(range.get(p)).map(StoredRecord::hash)).isEqualTo(alone);
            if (alone.isPresent()) {
                StoredRecord r = range.get(p);
                assertThat(r.state()).isEqualTo(RecordState.ACCEPTED);
                assertThat(r.position()).hasValue(p);
                assertThat(r.wire()).isEqualTo(store.record(alone.get()).orElseThrow().wire());
                assertThat(r.lotPositions()).isEqualTo(store.record(alone.get()).orElseThrow().lotPositions());
            }
        }
        assertThat(store.acceptedRange(4, 1)).containsOnlyKeys(4L);
        assertThat(store.acceptedRange(2, 2)).isEmpty();
        assertThat(store.acceptedRange(5, 0)).isEmpty();
    }

    @Test
    void aRangeAsWideAsThePortAllowsIsAnsweredAndAWiderOneIsRefused() {
        store.insertPending(pending("last", Map.of()));
        store.markAccepted(hash("last"), LedgerReader.MAX_RANGE);
        assertThat(store.acceptedRange(1, LedgerReader.MAX_RANGE)).containsOnlyKeys((long) LedgerReader.MAX_RANGE);
        assertThatThrownBy(() -> store.acceptedRange(1, LedgerReader.MAX_RANGE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.acceptedRange(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.acceptedRange(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pendingRecordsAreListedForRecovery() {
        store.insertPending(pending("a", Map.of()));
        store.insertPending(pending("b", Map.of()));
        store.markAccepted(hash("a"), 1);
        assertThat(store.pending(10)).containsExactly(hash("b"));
    }

    @RepeatedTest(5)
    void concurrentClaimantsOfOnePositionSeeOneWinner() throws Exception {
        List<Callable<Digest>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Digest me = hash("claimant-" + i);
            tasks.add(() -> store.claim("lot:race", 0, me));
        }
        Set<Digest> holders = new HashSet<>(onFourThreads(tasks));
        assertThat(holders).hasSize(1);
        assertThat(store.claimAt("lot:race", 0)).contains(holders.iterator().next());
    }

    @RepeatedTest(5)
    void concurrentPositionDrawsAreAllDistinct() throws Exception {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tasks.add(store::nextPosition);
        }
        Set<Long> seen = new HashSet<>();
        for (long drawn : onFourThreads(tasks)) {
            assertThat(seen.add(drawn)).isTrue();
        }
    }
}
