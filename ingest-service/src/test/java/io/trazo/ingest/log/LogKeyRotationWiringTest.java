package io.trazo.ingest.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogStores;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.note.NoteSignature;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.merkle.note.SignedNotes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * Protocol §17.1 through ingest's own configuration, as an operator runs it: restarts of a real ingest
 * instance (embedded broker, Mongo-wire stand-in) with key A, then B without A, then B with
 * {@code trazo.log.previous-signer-key} A, then B alone.
 */
class LogKeyRotationWiringTest {

    private static final NoteSignerKey A = LogFixture.key(7);
    private static final NoteSignerKey B = LogFixture.key(9);

    private static Map<String, Object> log(NoteSignerKey key, NoteSignerKey previous) {
        Map<String, Object> p = new HashMap<>(Map.of("trazo.log.enabled", "true", "trazo.log.origin", LogFixture.ORIGIN,
                "trazo.log.interval", "1h", "trazo.log.instance", "test-instance", "trazo.log.signer-key", key.encodePrivate()));
        if (previous != null) {
            p.put("trazo.log.previous-signer-key", previous.encodePrivate());
        }
        return p;
    }

    private static List<Integer> signers(SignedCheckpoint checkpoint) throws Exception {
        return SignedNotes.open(checkpoint.bytes(), List.of(A.verifierKey(), B.verifierKey())).verified().stream()
                .map(NoteSignature::keyId).toList();
    }

    /** Starts ingest with {@code props}, appends journey records [from, to), runs one round; the health status. */
    private static Status round(IngestRig rig, Map<String, Object> props, int from, int to) {
        try (IngestInstance ingest = IngestInstance.start(rig, props)) {
            LogFixture.append(ingest.store(), LogFixture.JOURNEY.subList(from, to));
            ingest.context().getBean(SequencerRunner.class).round();
            return ingest.context().getBean(SequencerHealthIndicator.class).health().getStatus();
        }
    }

    @Test
    void ingestRestartedWithBothKeysSignsTheTransitionThenTheNewKeyAloneContinues() throws Exception {
        try (IngestRig rig = new IngestRig()) {
            assertThat(round(rig, log(A, null), 0, 4)).isEqualTo(Status.UP);
            assertThat(round(rig, log(B, null), 4, 5)).isEqualTo(Status.DOWN);
            assertThat(round(rig, log(B, A), 5, 6)).isEqualTo(Status.UP);

            try (IngestInstance ingest = IngestInstance.start(rig, log(B, null))) {
                LogFixture.append(ingest.store(), LogFixture.JOURNEY.subList(6, 9));
                ingest.context().getBean(SequencerRunner.class).round();
                assertThat(ingest.context().getBean(SequencerHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
                LogStores stores = ingest.context().getBean(LogStores.class);
                // every checkpoint ends in a map-root leaf (protocol §20.7): 4 records + 1, then 2 more + 1, then 3 more + 1
                assertThat(signers(stores.history().at(5).orElseThrow())).containsExactly(A.keyId());
                assertThat(signers(stores.history().at(8).orElseThrow())).containsExactly(B.keyId(), A.keyId());
                assertThat(signers(stores.history().latest().orElseThrow())).containsExactly(B.keyId());
                assertThat(stores.history().latest().orElseThrow().size()).isEqualTo(12);
            }
        }
    }
}
