package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LeafEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link LeafIndex} contract, once for every adapter: extend and supply a fresh, empty index. */
public abstract class LeafIndexContractTest {

    protected abstract LeafIndex newIndex();

    static Digest record(int n) {
        return Digest.sha256(("record " + n).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPairIsFoundByEitherKey() {
        LeafIndex index = newIndex();
        assertThat(index.put(record(1), 7)).isEqualTo(LogWrite.STORED);
        assertThat(index.indexOf(record(1))).contains(7L);
        assertThat(index.recordAt(7)).contains(record(1));
        assertThat(index.indexOf(record(2))).isEmpty();
        assertThat(index.recordAt(8)).isEmpty();
    }

    @Test
    void puttingTheSamePairAgainIsAlreadyStored() {
        LeafIndex index = newIndex();
        index.put(record(1), 7);
        assertThat(index.put(record(1), 7)).isEqualTo(LogWrite.ALREADY_STORED);
    }

    @Test
    void anotherRecordAtAStoredLeafIsAConflictAndNothingChanges() {
        LeafIndex index = newIndex();
        index.put(record(1), 7);
        assertThatThrownBy(() -> index.put(record(2), 7)).isInstanceOf(LogConflictException.class)
                .hasMessageContaining("leaf 7");
        assertThat(index.recordAt(7)).contains(record(1));
        assertThat(index.indexOf(record(2))).isEmpty();
    }

    @Test
    void aStoredRecordAtAnotherLeafIsAConflictAndNothingChanges() {
        LeafIndex index = newIndex();
        index.put(record(1), 7);
        assertThatThrownBy(() -> index.put(record(1), 8)).isInstanceOf(LogConflictException.class)
                .hasMessageContaining(record(1).hex());
        assertThat(index.indexOf(record(1))).contains(7L);
        assertThat(index.recordAt(8)).isEmpty();
    }

    @Test
    void putAllIsIdempotentWhenReplayedAfterAPartialWrite() {
        LeafIndex index = newIndex();
        index.put(record(11), 11);
        index.putAll(10, List.of(record(10), record(11), record(12)));
        index.putAll(10, List.of(record(10), record(11), record(12)));
        assertThat(index.recordAt(12)).contains(record(12));
        assertThat(index.indexOf(record(10))).contains(10L);
    }

    @Test
    void putAllOfAConflictingBatchThrows() {
        LeafIndex index = newIndex();
        index.put(record(11), 11);
        assertThatThrownBy(() -> index.putAll(10, List.of(record(10), record(99), record(12))))
                .isInstanceOf(LogConflictException.class);
        assertThat(index.recordAt(11)).contains(record(11));
    }

    @Test
    void aBatchOfRecordsAnswersAsEachRecordAlone() {
        LeafIndex index = newIndex();
        index.put(record(1), 7);
        index.put(record(2), 8);
        assertThat(index.indicesOf(java.util.List.of(record(2), record(3), record(1))))
                .containsOnly(java.util.Map.entry(record(1), 7L), java.util.Map.entry(record(2), 8L));
        assertThat(index.indicesOf(java.util.List.of())).isEmpty();
    }

    static LeafEntry.MapRoot mapRoot(int n) {
        return new LeafEntry.MapRoot(StatusMapRoots.empty().rootLeafInput(n));
    }

    @Test
    void aMapRootLeafIsAnEntryButNoRecord() {
        LeafIndex index = newIndex();
        index.putEntries(7, List.of(new LeafEntry.Record(record(1), false), new LeafEntry.Record(record(2), true), mapRoot(8)));
        assertThat(index.entries(7, 10)).containsExactly(new LeafEntry.Record(record(1), false),
                new LeafEntry.Record(record(2), true), mapRoot(8));
        assertThat(index.entries(8, 1)).containsExactly(new LeafEntry.Record(record(2), true));
        assertThat(index.recordAt(9)).isEmpty();
        assertThat(index.entries(6, 3)).isEmpty();
        assertThat(index.indexOf(record(2))).contains(8L);
    }

    @Test
    void mapRootLeavesDoNotCollideWithEachOtherAndReplayConverges() {
        LeafIndex index = newIndex();
        index.put(3, mapRoot(2));
        assertThat(index.put(7, mapRoot(6))).isEqualTo(LogWrite.STORED);
        assertThat(index.put(7, mapRoot(6))).isEqualTo(LogWrite.ALREADY_STORED);
        index.putEntries(7, List.of(mapRoot(6)));
        assertThat(index.entries(7, 1)).containsExactly(mapRoot(6));
    }

    @Test
    void anotherEntryAtAStoredMapRootLeafIsAConflictAndNothingChanges() {
        LeafIndex index = newIndex();
        index.put(7, mapRoot(6));
        assertThatThrownBy(() -> index.put(7, mapRoot(5))).isInstanceOf(LogConflictException.class).hasMessageContaining("leaf 7");
        assertThatThrownBy(() -> index.put(record(1), 7)).isInstanceOf(LogConflictException.class);
        assertThatThrownBy(() -> index.put(7, new LeafEntry.Record(record(1), true))).isInstanceOf(LogConflictException.class);
        assertThat(index.entries(7, 1)).containsExactly(mapRoot(6));
        assertThat(index.indexOf(record(1))).isEmpty();
    }

    @Test
    void aRecordPutMappedIsAnotherEntryThanTheSameRecordUnmapped() {
        LeafIndex index = newIndex();
        index.put(7, new LeafEntry.Record(record(1), true));
        assertThatThrownBy(() -> index.put(record(1), 7)).isInstanceOf(LogConflictException.class);
        assertThat(index.entries(7, 1)).containsExactly(new LeafEntry.Record(record(1), true));
    }

    @Test
    void mappedLeavesAreExactlyTheMappedRecordsInTheRangeInLeafOrder() {
        LeafIndex index = newIndex();
        index.putEntries(0, List.of(new LeafEntry.Record(record(0), true), new LeafEntry.Record(record(1), false), mapRoot(1),
                new LeafEntry.Record(record(3), true), new LeafEntry.Record(record(4), true), mapRoot(4),
                new LeafEntry.Record(record(6), true)));
        assertThat(index.mappedLeaves(0, 7, 100)).containsExactly(java.util.Map.entry(0L, record(0)),
                java.util.Map.entry(3L, record(3)), java.util.Map.entry(4L, record(4)), java.util.Map.entry(6L, record(6)));
        assertThat(index.mappedLeaves(1, 6, 100)).containsOnlyKeys(3L, 4L);
        assertThat(index.mappedLeaves(1, 7, 1)).containsOnlyKeys(3L);
        assertThat(index.mappedLeaves(7, 9, 100)).isEmpty();
    }
}
