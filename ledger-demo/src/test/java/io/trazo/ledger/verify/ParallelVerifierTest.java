package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.concurrent.Parallelism;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checking records on several threads reports exactly what checking them on one does, byte for byte. */
class ParallelVerifierTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private static final AtomicInteger HELPERS = new AtomicInteger();
    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final ProtocolVectors VECTORS = new ProtocolVectors();

    private final Verifier serial = new Verifier(ROOT, RolePolicy.standard());
    private final Verifier threeWays = new Verifier(ROOT, RolePolicy.standard(), Optional.empty(), new Parallelism(task -> {
        HELPERS.incrementAndGet();
        POOL.execute(task);
    }, 3));

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void theJourneyVerifiesTheSameOnThreeThreads() {
        int before = HELPERS.get();
        VerificationReport report = threeWays.verify(CoffeeJourney.records());
        assertThat(report).isEqualTo(serial.verify(CoffeeJourney.records()));
        assertThat(report.failures()).isEmpty();
        assertThat(HELPERS.get()).as("helpers handed work").isGreaterThan(before);
    }

    static Stream<ProtocolVectors.Mutation> mutations() {
        return VECTORS.mutations().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void everyNamedMutationIsReportedTheSameOnThreeThreads(ProtocolVectors.Mutation mutation) {
        List<byte[]> set = new ArrayList<>(VECTORS.journey());
        set.set(VECTORS.replaces(mutation), mutation.wire());
        VerificationReport expected = serial.verify(set);
        assertThat(expected.failures()).isNotEmpty();
        assertThat(threeWays.verify(set)).isEqualTo(expected);
    }
}
