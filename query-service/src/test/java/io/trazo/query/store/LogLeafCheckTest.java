package io.trazo.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.Tampering;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The leaf hash the store check computes from a record's bytes and its parse, against the spec-literal
 * {@link LogLeaf#hash(SignedRecord)} (JCS of the whole parsed record): canonical bytes are hashed as stored, so the two
 * must agree on every record, and a swapped signature must still move the leaf.
 */
class LogLeafCheckTest {

    private static final List<byte[]> DEMO = CoffeeJourney.records();

    @Test
    void everyDemoRecordIsStoredCanonicalAndItsLeafFromTheBytesIsTheSpecLiteralLeaf() {
        for (byte[] wire : DEMO) {
            SignedRecord parsed = RecordCodec.parse(wire);
            assertThat(parsed.canonical()).as("demo records are written in JCS form").isTrue();
            assertThat(LogLeafCheck.leafHash(stored(wire, parsed), parsed)).isEqualTo(LogLeaf.hash(parsed));
        }
    }

    @Test
    void aRecordStoredWithWhitespaceIsNotCanonicalAndStillHashesToTheLeafOfItsCanonicalForm() {
        byte[] wire = DEMO.get(3);
        byte[] spaced = ("{ " + new String(wire, StandardCharsets.UTF_8).substring(1)).getBytes(StandardCharsets.UTF_8);
        SignedRecord parsed = RecordCodec.parse(spaced);
        assertThat(parsed.canonical()).isFalse();
        assertThat(LogLeafCheck.leafHash(stored(spaced, parsed), parsed)).isEqualTo(LogLeaf.hash(RecordCodec.parse(wire)));
    }

    @Test
    void aSwappedSignatureKeepsTheRecordCanonicalButMovesItsLeaf() {
        byte[] wire = DEMO.get(5);
        byte[] swapped = Tampering.swapSignature(wire, DEMO.get(6));
        SignedRecord parsed = RecordCodec.parse(swapped);
        assertThat(parsed.canonical()).isTrue();
        assertThat(parsed.hash()).isEqualTo(RecordCodec.parse(wire).hash());
        assertThat(LogLeafCheck.leafHash(stored(swapped, parsed), parsed))
                .isEqualTo(LogLeaf.hash(parsed))
                .isNotEqualTo(LogLeaf.hash(RecordCodec.parse(wire)));
    }

    private static StoredRecord stored(byte[] wire, SignedRecord parsed) {
        return new StoredRecord(parsed.hash(), wire, parsed.type(), parsed.actor(), parsed.time(), Map.of(), RecordState.ACCEPTED,
                OptionalLong.of(0), Optional.empty());
    }
}
