package io.trazo.append.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Digest;
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
}
