package io.trazo.cli;

import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.append.log.LogFixture;
import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The replay folds the map's records in batches, one per map-root leaf; a record the map cannot read (protocol
 * §20.2: stop and alarm) still stops it as a bad entry at that record's own leaf.
 */
class LogReplayFoldTest {

    private static final byte[] EVENT_LEAF = LogFixture.JOURNEY.stream().map(RecordCodec::parse)
            .filter(r -> r.type() == RecordType.EVENT).map(LogLeaf::input).findFirst().orElseThrow();

    @Test
    void aKeyRecordWhoseKeyIdIsNotItsKeysStopsTheReplayAtItsLeaf() {
        SigningKey governance = SigningKey.fromSeed(Hex.decode("33".repeat(32)));
        SigningKey grower = SigningKey.fromSeed(Hex.decode("44".repeat(32)));
        byte[] badKey = LogLeaf.input(RecordCodec.parse(RecordBuilder.governance(RecordType.KEY)
                .time(Instant.parse("2026-09-01T10:00:00.000Z"))
                .body(obj("keyId", "ed25519:" + "00".repeat(16), "actor", "urn:trazo:actor:grower-1",
                        "publicKey", grower.publicKey().base64Url(), "validFrom", "2026-09-01T00:00:00.000Z"))
                .sign(governance)));
        List<byte[]> leaves = List.of(EVENT_LEAF, badKey, EVENT_LEAF, EVENT_LEAF);
        LogReplay.Source source = (start, end) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (long leaf = start; leaf < end; leaf++) {
                byte[] input = leaves.get((int) leaf);
                out.writeBytes(ByteBuffer.allocate(4).putInt(input.length).array());
                out.writeBytes(input);
            }
            return out.toByteArray();
        };
        Checkpoint checkpoint = new Checkpoint(LogFixture.ORIGIN, leaves.size(), TreeHasher.leafHash(new byte[] {1}), List.of());

        assertThatThrownBy(() -> new LogReplay(LogReplay.emptyMap(), new LogReplay.Hook() {}).replay(checkpoint, source))
                .isInstanceOf(LogReplay.BadEntryException.class)
                .hasMessageStartingWith("entry 1 is a record the status map cannot read: INVALID_FIELD at /body/keyId");
    }
}
