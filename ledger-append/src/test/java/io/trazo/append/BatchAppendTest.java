package io.trazo.append;

import io.trazo.ledger.store.StoredRecord;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.concurrent.Parallelism;
import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Appender#appendAll} gives the outcomes of {@link Appender#append} one record at a time, and the
 * same ledger, while sharing store round trips across the batch.
 */
class BatchAppendTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @ParameterizedTest(name = "batches of {0}")
    @ValueSource(ints = {1, 2, 5, 8, 40})
    void theJourneyInBatchesMakesTheSameLedgerAsOneAtATime(int size) {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Appender appender = new Appender(store, ROOT, RolePolicy.standard());
        for (List<byte[]> batch : batches(JOURNEY, size)) {
            assertThat(appender.appendAll(batch)).hasSize(batch.size()).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Accepted.class));
        }
        Map<Digest, StoredRecord> accepted = LedgerInvariants.check(store, JOURNEY);
        assertThat(LedgerInvariants.ledgerOrder(accepted)).containsExactlyElementsOf(oneAtATime(JOURNEY).order());
        for (List<byte[]> batch : batches(JOURNEY, size)) {
            assertThat(appender.appendAll(batch)).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Duplicate.class));
        }
    }

    @Test
    void eventRecordsTakeTheFastPathWithAFewRoundTripsPerBatch() {
        RoundTrips store = new RoundTrips(new InMemoryLedgerStore());
        Appender appender = new Appender(store, ROOT, RolePolicy.standard());
        int registry = (int) JOURNEY.stream().takeWhile(w -> RecordCodec.parse(w).type().governance()).count();
        appender.appendAll(JOURNEY.subList(0, registry));
        List<byte[]> rest = JOURNEY.subList(registry, JOURNEY.size());
        assertThat(rest).noneMatch(w -> RecordCodec.parse(w).type().governance());
        store.calls = 0;
        store.singles = 0;
        store.accepts = 0;
        assertThat(appender.appendAll(rest)).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Accepted.class));
        assertThat(store.singles).as("per-record calls other than markAccepted").isLessThanOrEqualTo(registryReads(rest));
        // revocations, predecessors, heads, pending, claims, positions, accepts, heads: 8, however long the chains inside the batch
        assertThat(store.calls - store.singles).isLessThanOrEqualTo(8);
        assertThat(store.accepts).as("one ordered markAccepted for the batch").isEqualTo(1);
        LedgerInvariants.check(store, JOURNEY);
    }

    @Test
    void aMixedBatchGetsTheOutcomesOfOneAtATime() {
        Forks forks = new Forks();
        List<byte[]> mixed = new ArrayList<>(forks.prefix());
        byte[] sale = JOURNEY.get(JOURNEY.size() - 1);
        String text = new String(sale, StandardCharsets.UTF_8);
        int sig = text.indexOf("\"sig\":\"") + 10;
        mixed.add(forks.left());
        mixed.add(forks.right());
        mixed.add(forks.orphan());
        mixed.add(forks.prefix().get(3));
        mixed.add((text.substring(0, sig) + (text.charAt(sig) == 'A' ? 'B' : 'A') + text.substring(sig + 1)).getBytes(StandardCharsets.UTF_8));
        mixed.add(text.replace("\"quantity\":24", "\"quantity\":2400").getBytes(StandardCharsets.UTF_8));
        mixed.add(new byte[] {(byte) 0xc3, 0x28});
        mixed.add("{\"v\":1}".getBytes(StandardCharsets.UTF_8));
        mixed.add(forks.left());

        Run expected = oneAtATime(mixed);
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        List<AppendOutcome> batched = new Appender(store, ROOT, RolePolicy.standard()).appendAll(mixed);
        assertThat(batched.stream().map(BatchAppendTest::summary).toList()).containsExactlyElementsOf(expected.summaries());
        assertThat(LedgerInvariants.ledgerOrder(LedgerInvariants.check(store, distinct(mixed)))).containsExactlyElementsOf(expected.order());
    }

    @Test
    void checkedOnThreeThreadsABatchGetsTheOutcomesAndLedgerOfOneAtATime() {
        Forks forks = new Forks();
        byte[] sale = JOURNEY.get(JOURNEY.size() - 1);
        String text = new String(sale, StandardCharsets.UTF_8);
        int sig = text.indexOf("\"sig\":\"") + 10;
        List<byte[]> mixed = new ArrayList<>(JOURNEY.subList(0, JOURNEY.size() - 1));
        mixed.add((text.substring(0, sig) + (text.charAt(sig) == 'A' ? 'B' : 'A') + text.substring(sig + 1)).getBytes(StandardCharsets.UTF_8));
        mixed.add(new byte[] {(byte) 0xc3, 0x28});
        mixed.addAll(JOURNEY.subList(5, 25));
        mixed.add(forks.orphan());
        assertThat(mixed.size()).as("enough records for the checks to be split").isGreaterThan(4 * Parallelism.CHUNK);

        Run expected = oneAtATime(mixed);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.atomic.AtomicInteger helpers = new java.util.concurrent.atomic.AtomicInteger();
            Parallelism three = new Parallelism(task -> pool.execute(() -> {
                helpers.incrementAndGet();
                task.run();
            }), 3);
            InMemoryLedgerStore store = new InMemoryLedgerStore();
            List<AppendOutcome> batched = new Appender(store, ROOT, RolePolicy.standard(), Optional.empty(), three).appendAll(mixed);
            assertThat(batched.stream().map(BatchAppendTest::summary).toList()).containsExactlyElementsOf(expected.summaries());
            assertThat(LedgerInvariants.ledgerOrder(LedgerInvariants.check(store, distinct(mixed)))).containsExactlyElementsOf(expected.order());
            assertThat(helpers.get()).as("helper tasks handed out").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRecordAfterItsKeysRevocationInTheBatchIsRejectedAndOneBeforeItIsAccepted() {
        byte[] sale = JOURNEY.get(JOURNEY.size() - 1);
        SignedRecord parsed = RecordCodec.parse(sale);
        String before = MILLIS.format(parsed.time().minusSeconds(1));
        byte[] revocation = RecordBuilder.governance(RecordType.REVOCATION).time(Instant.parse(before))
                .body(Json.obj("keyId", new DemoParties().key(DemoParties.ROASTER).keyId().value(), "revokedAt", before,
                        "reason", "compromised")).sign(new DemoParties().governance());
        List<byte[]> revokedFirst = new ArrayList<>(JOURNEY.subList(0, JOURNEY.size() - 1));
        revokedFirst.add(revocation);
        revokedFirst.add(sale);
        List<byte[]> saleFirst = new ArrayList<>(JOURNEY);
        saleFirst.add(revocation);

        for (List<byte[]> order : List.of(revokedFirst, saleFirst)) {
            InMemoryLedgerStore store = new InMemoryLedgerStore();
            List<AppendOutcome> batched = new Appender(store, ROOT, RolePolicy.standard()).appendAll(order);
            assertThat(batched.stream().map(BatchAppendTest::summary).toList()).containsExactlyElementsOf(oneAtATime(order).summaries());
        }
        assertThat(summary(new Appender(new InMemoryLedgerStore(), ROOT, RolePolicy.standard()).appendAll(revokedFirst).get(revokedFirst.size() - 1)))
                .isEqualTo("Rejected KEY_REVOKED");
    }

    @Test
    void aRecordArrivingBeforeItsPredecessorInTheSameSegmentIsAcceptedByASecondFastPass() {
        List<byte[]> swapped = new ArrayList<>(JOURNEY);
        int n = swapped.size();
        byte[] last = swapped.remove(n - 1);
        swapped.add(n - 2, last);
        int registry = (int) JOURNEY.stream().takeWhile(w -> RecordCodec.parse(w).type().governance()).count();
        RoundTrips store = new RoundTrips(new InMemoryLedgerStore());
        Appender appender = new Appender(store, ROOT, RolePolicy.standard());
        appender.appendAll(swapped.subList(0, registry));
        store.singles = 0;
        List<AppendOutcome> batched = new ArrayList<>(Collections.nCopies(registry, null));
        batched.addAll(appender.appendAll(swapped.subList(registry, n)));
        assertThat(batched.subList(registry, n)).allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Accepted.class));
        assertThat(((AppendOutcome.Accepted) batched.get(n - 2)).position()).isGreaterThan(((AppendOutcome.Accepted) batched.get(n - 1)).position());
        assertThat(store.singles).as("no record took the one-at-a-time path").isLessThanOrEqualTo(registryReads(swapped.subList(registry, n)));
        assertThat(LedgerInvariants.check(store, JOURNEY)).hasSize(n);

        List<AppendOutcome> split = new Appender(new InMemoryLedgerStore(), ROOT, RolePolicy.standard()).appendAll(swapped.subList(0, n - 1));
        assertThat(split.get(n - 2)).as("its predecessor is not in the batch: deferred, as one at a time")
                .isInstanceOfSatisfying(AppendOutcome.Deferred.class, d -> assertThat(d.code()).isEqualTo(ReasonCode.LINK_TARGET_MISSING));
    }

    @Test
    void recordsBehindADeferredRecordInTheBatchAreDeferredWithoutAStoreRoundTripEach() {
        int merge = java.util.stream.IntStream.range(0, JOURNEY.size())
                .filter(i -> new String(JOURNEY.get(i), StandardCharsets.UTF_8).contains("wet_milling")).findFirst().orElseThrow();
        List<byte[]> gap = new ArrayList<>(JOURNEY);
        gap.remove(merge);
        RoundTrips store = new RoundTrips(new InMemoryLedgerStore());
        Appender appender = new Appender(store, ROOT, RolePolicy.standard());
        appender.appendAll(gap.subList(0, merge));
        List<byte[]> rest = gap.subList(merge, gap.size());
        Run expected = oneAtATime(gap);
        store.singles = 0;
        List<AppendOutcome> batched = appender.appendAll(rest);
        assertThat(batched.stream().map(BatchAppendTest::summary).toList())
                .containsExactlyElementsOf(expected.summaries().subList(merge, gap.size()));
        long deferred = batched.stream().filter(o -> o instanceof AppendOutcome.Deferred).count();
        assertThat(deferred).isGreaterThan(3);
        // the first deferred record takes the one-at-a-time path (3 calls); the ones behind it cost nothing more
        assertThat(store.singles).isLessThanOrEqualTo(registryReads(rest) + 3);
    }

    @Test
    void aPositionSealedUnderTheBatchIsSkippedAndTheLedgerStaysWhole() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Appender appender = new Appender(store, ROOT, RolePolicy.standard());
        appender.appendAll(JOURNEY.subList(0, 10));
        store.sealPosition(store.lastPosition() + 3);
        assertThat(appender.appendAll(JOURNEY.subList(10, JOURNEY.size())))
                .allSatisfy(o -> assertThat(o).isInstanceOf(AppendOutcome.Accepted.class));
        assertThat(LedgerInvariants.check(store, JOURNEY)).hasSize(JOURNEY.size());
    }

    @Test
    void aRecordSettledUnderTheBatchByAnotherWriterStopsOnlyItselfAndWhatLinksToIt() {
        int registry = (int) JOURNEY.stream().takeWhile(w -> RecordCodec.parse(w).type().governance()).count();
        List<Integer> refusedAt = new ArrayList<>();
        InMemoryLedgerStore memory = new InMemoryLedgerStore();
        LedgerStore store = new ForwardingLedgerStore(memory) {
            @Override
            public int markAcceptedInOrder(List<Acceptance> inOrder) {
                if (refusedAt.isEmpty() && inOrder.size() > 4) {
                    // another instance resumes the middle record first, at a position of its own
                    Acceptance taken = inOrder.get(inOrder.size() / 2);
                    assertThat(memory.markAccepted(taken.record(), memory.nextPosition())).isTrue();
                    refusedAt.add(memory.markAcceptedInOrder(inOrder));
                    return refusedAt.get(0);
                }
                return memory.markAcceptedInOrder(inOrder);
            }
        };
        Appender appender = new Appender(store, ROOT, RolePolicy.standard());
        appender.appendAll(JOURNEY.subList(0, registry));
        List<byte[]> rest = JOURNEY.subList(registry, JOURNEY.size());
        List<AppendOutcome> outcomes = appender.appendAll(rest);
        assertThat(refusedAt).hasSize(1);
        assertThat(outcomes.get(refusedAt.get(0))).isInstanceOf(AppendOutcome.Duplicate.class);
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfAny(AppendOutcome.Accepted.class, AppendOutcome.Duplicate.class));
        assertThat(LedgerInvariants.check(store, JOURNEY)).hasSize(JOURNEY.size());
    }

    /** Actors and keys are read once each (bound + record), then cached: they never change once bound. */
    private static int registryReads(List<byte[]> records) {
        return 2 * (int) records.stream().map(RecordCodec::parse)
                .flatMap(r -> java.util.stream.Stream.concat(r.signatures().stream().map(s -> s.keyId().value()),
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(r.actor()), r.counterparty().stream())))
                .distinct().count();
    }

    private record Run(List<String> summaries, List<Digest> order) {}

    private static Run oneAtATime(List<byte[]> wires) {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        Appender appender = new Appender(store, ROOT, RolePolicy.standard());
        List<String> summaries = wires.stream().map(appender::append).map(BatchAppendTest::summary).toList();
        return new Run(summaries, LedgerInvariants.ledgerOrder(LedgerInvariants.check(store, distinct(wires))));
    }

    private static String summary(AppendOutcome o) {
        if (o instanceof AppendOutcome.Rejected r) {
            return "Rejected " + r.code();
        }
        if (o instanceof AppendOutcome.Deferred d) {
            return "Deferred " + d.code();
        }
        return o.getClass().getSimpleName();
    }

    private static List<byte[]> distinct(List<byte[]> wires) {
        List<byte[]> out = new ArrayList<>();
        wires.stream().filter(w -> out.stream().noneMatch(o -> java.util.Arrays.equals(o, w))).forEach(out::add);
        return out;
    }

    static List<List<byte[]>> batches(List<byte[]> all, int size) {
        List<List<byte[]>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
