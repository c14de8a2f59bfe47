package io.trazo.mongo.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import io.trazo.append.log.FencingToken;
import io.trazo.append.log.Integration;
import io.trazo.append.log.LogFixture;
import io.trazo.append.log.LogIntegrityException;
import io.trazo.append.log.LogInvariants;
import io.trazo.append.log.LogSigner;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.merkle.note.NoteSignature;
import io.trazo.ledger.merkle.note.SignedNotes;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.mongo.MongoTarget;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Protocol §17.1 on the Mongo-wire stand-in: the log's key changes in place, each restart a new sequencer. */
class MongoKeyRotationTest {

    private static final NoteSignerKey A = LogFixture.key(7);
    private static final NoteSignerKey B = LogFixture.key(9);

    private static void run(MongoLedgerStore ledger, LogStores stores, LogSigner signer, long token) throws Exception {
        Sequencer sequencer = new Sequencer(ledger, stores, signer, new SequencerPolicy(1000, Duration.ZERO), Clock.systemUTC());
        while (sequencer.integrate(new FencingToken(token)) instanceof Integration.Committed) {
            // next batch
        }
    }

    private static List<Integer> signers(SignedCheckpoint checkpoint) throws Exception {
        return SignedNotes.open(checkpoint.bytes(), List.of(A.verifierKey(), B.verifierKey())).verified().stream()
                .map(NoteSignature::keyId).toList();
    }

    @Test
    void aLogSignedWithAContinuesWithBOnTheStandIn() throws Exception {
        MongoDatabase db = MongoTarget.shared().freshDatabase("rotation");
        MongoLedgerStore ledger = new MongoLedgerStore(db, new SimpleMeterRegistry()).ensureIndexes();
        LogStores stores = MongoSequencerTest.mongoStores(db);
        LogSigner onlyA = new LogSigner(LogFixture.ORIGIN, A);
        LogSigner onlyB = new LogSigner(LogFixture.ORIGIN, B);
        LogFixture.append(ledger, LogFixture.JOURNEY.subList(0, 4));
        run(ledger, stores, onlyA, 1);

        LogFixture.append(ledger, LogFixture.JOURNEY.subList(4, 6));
        Sequencer withoutPrevious = new Sequencer(ledger, stores, onlyB, SequencerPolicy.DEFAULT, Clock.systemUTC());
        assertThatThrownBy(() -> withoutPrevious.integrate(new FencingToken(2))).isInstanceOf(LogIntegrityException.class)
                .extracting(e -> ((LogIntegrityException) e).reason())
                .isEqualTo(LogIntegrityException.Reason.STATE_CHECKPOINT_INVALID);

        run(ledger, stores, onlyB.rotatingFrom(A), 3);
        SignedCheckpoint transition = stores.history().latest().orElseThrow();
        assertThat(transition.size()).isEqualTo(6);
        assertThat(signers(transition)).containsExactly(B.keyId(), A.keyId());

        LogFixture.append(ledger, LogFixture.JOURNEY.subList(6, LogFixture.JOURNEY.size()));
        run(ledger, stores, onlyB, 4);
        SignedCheckpoint latest = stores.history().latest().orElseThrow();
        assertThat(latest.size()).isEqualTo(LogFixture.JOURNEY.size());
        assertThat(signers(latest)).containsExactly(B.keyId());
        assertThat(signers(stores.history().at(4).orElseThrow())).containsExactly(A.keyId());
        LogInvariants.check(ledger, stores, onlyB.rotatingFrom(A));
    }
}
