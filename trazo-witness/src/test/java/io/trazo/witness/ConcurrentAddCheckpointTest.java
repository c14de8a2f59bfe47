package io.trazo.witness;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.log.LogFixture;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.note.CosignerSignerKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** C2SP tlog-witness's race: two requests from the same old size must not roll the held size back. */
class ConcurrentAddCheckpointTest {

    private static WitnessLog log;

    @TempDir
    Path state;

    private final AtomicBoolean racing = new AtomicBoolean();

    @BeforeAll
    static void buildTheLog() throws Exception {
        log = new WitnessLog();
    }

    @RepeatedTest(5)
    void ofTwoRequestsFromTheSameOldSizeExactlyOneIsCosignedAndItIsTheOneHeld() throws Exception {
        // Both requests meet after reading the held note, if the witness lets them: without the per-origin
        // lock both then pass the old-size check; with it the second waits and the barrier times out.
        CyclicBarrier bothRead = new CyclicBarrier(2);
        CheckpointFiles files = new CheckpointFiles(state) {
            @Override
            Optional<byte[]> latest(String origin) {
                Optional<byte[]> held = super.latest(origin);
                if (racing.get()) {
                    try {
                        bothRead.await(300, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException | BrokenBarrierException e) {
                        // serialized by the witness: the expected case
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return held;
            }
        };
        Witness witness = new Witness(CosignerSignerKey.of("w.test/race", new byte[32]),
                List.of(LogFixture.signer().verifierKey()), files, Clock.systemUTC());
        SignedCheckpoint base = log.at(0);
        witness.addCheckpoint(log.request(0, base));
        racing.set(true);
        List<SignedCheckpoint> offered = List.of(log.at(1), log.at(3));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Witness.Outcome>> outcomes = new ArrayList<>();
            for (SignedCheckpoint checkpoint : offered) {
                byte[] body = log.request(base.size(), checkpoint);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return witness.addCheckpoint(body);
                }));
            }
            start.countDown();
            List<SignedCheckpoint> cosigned = new ArrayList<>();
            for (int i = 0; i < offered.size(); i++) {
                Witness.Outcome outcome = outcomes.get(i).get();
                if (outcome instanceof Witness.Outcome.Cosigned) {
                    cosigned.add(offered.get(i));
                } else {
                    assertThat(outcome).isInstanceOf(Witness.Outcome.Conflict.class);
                }
            }
            assertThat(cosigned).hasSize(1);
            assertThat(Files.readString(files.file(LogFixture.ORIGIN))).isEqualTo(cosigned.get(0).note());
        } finally {
            pool.shutdownNow();
        }
    }
}
