package io.trazo.query.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.crypto.KeyId;
import io.trazo.ledger.crypto.SigningKey;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.store.RecordState;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.verify.VerificationReport;
import io.trazo.ledger.verify.Verifier;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.query.QueryProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Verify-ahead over the in-memory store the append code fills: what it remembers spares a verification every
 * Ed25519 check and changes nothing in its report; what it must not remember (a forged signature, a valid
 * signature under a key the registry does not hold) is still checked, and reported, by the verification.
 */
class VerifyAheadTest {

    private static final TrustRoot ROOT = TrustRoot.of(CoffeeJourney.trustRoot());
    private static final List<byte[]> JOURNEY = CoffeeJourney.records();

    private final VerifiedSignatures memo = new VerifiedSignatures(10_000);
    private final Verifier fresh = new Verifier(ROOT, RolePolicy.standard());
    private final Verifier remembering = new Verifier(ROOT, RolePolicy.standard(), Optional.of(memo));

    @Test
    void afterCatchingUpAVerificationOfTheWholeJourneyRunsNoEd25519AndReportsWhatAFreshVerifierDoes() {
        VerifyAhead ahead = new VerifyAhead(JourneyLedger.inMemory(), properties(), memo);
        ahead.warmUp();
        assertThat(ahead.records()).isEqualTo(JOURNEY.size());
        assertThat(ahead.skipped()).isZero();

        long misses = memo.misses();
        VerificationReport report = remembering.verify(JOURNEY);
        assertThat(memo.misses()).as("Ed25519 checks during the verification").isEqualTo(misses);
        assertThat(report.ok()).isTrue();
        assertThat(report).isEqualTo(fresh.verify(JOURNEY));
    }

    @Test
    void aForgedSignatureInTheStoreIsNotRememberedAndTheVerificationStillRejectsIt() {
        InMemoryLedgerStore store = allButTheSale();
        byte[] forgery = CoffeeJourney.forgery();
        acceptBehindTheWritersBack(store, forgery);
        new VerifyAhead(store, properties(), memo).warmUp();

        List<byte[]> set = withSale(forgery);
        long misses = memo.misses();
        VerificationReport report = remembering.verify(set);
        assertThat(memo.misses() - misses).as("only the forged signature is checked again").isEqualTo(1);
        assertThat(report).isEqualTo(fresh.verify(set));
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.toString()).contains("BAD_SIGNATURE"));
    }

    @Test
    void aValidSignatureUnderAKeyTheRegistryDoesNotHoldIsSkippedAndReportedUnknownByTheVerification() {
        InMemoryLedgerStore store = allButTheSale();
        byte[] stranger = signedByAStranger(JOURNEY.get(JOURNEY.size() - 1));
        acceptBehindTheWritersBack(store, stranger);
        VerifyAhead ahead = new VerifyAhead(store, properties(), memo);
        ahead.warmUp();
        assertThat(ahead.skipped()).isEqualTo(1);

        List<byte[]> set = withSale(stranger);
        VerificationReport report = remembering.verify(set);
        assertThat(report).isEqualTo(fresh.verify(set));
        assertThat(report.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.toString()).contains("UNKNOWN_KEY"));
    }

    @Test
    void aPositionNotYetAcceptedWhenReadIsCheckedOnALaterCatchUp() {
        InMemoryLedgerStore store = allButTheSale();
        long position = store.nextPosition();
        VerifyAhead ahead = new VerifyAhead(store, properties(), memo);
        ahead.warmUp();
        assertThat(ahead.next()).isEqualTo(position + 1);

        byte[] sale = JOURNEY.get(JOURNEY.size() - 1);
        store.insertPending(stored(RecordCodec.parse(sale)));
        assertThat(store.markAccepted(RecordCodec.parse(sale).hash(), position)).isTrue();
        ahead.catchUp();

        long misses = memo.misses();
        assertThat(remembering.verify(JOURNEY).ok()).isTrue();
        assertThat(memo.misses()).isEqualTo(misses);
    }

    @Test
    void recordsAppendedAfterTheWarmUpAreCheckedByTheNextCatchUp() {
        InMemoryLedgerStore store = allButTheSale();
        VerifyAhead ahead = new VerifyAhead(store, properties(), memo);
        ahead.warmUp();
        appendAll(store, List.of(JOURNEY.get(JOURNEY.size() - 1)));
        ahead.catchUp();
        assertThat(ahead.records()).isEqualTo(JOURNEY.size());

        long misses = memo.misses();
        assertThat(remembering.verify(JOURNEY).ok()).isTrue();
        assertThat(memo.misses()).isEqualTo(misses);
    }

    /** The service stops its warm-up threads by interrupting them: a follower between polls must end, not outlive it. */
    @Test
    void followingPollsForNewRecordsUntilItsThreadIsInterrupted() throws Exception {
        InMemoryLedgerStore store = allButTheSale();
        VerifyAhead ahead = new VerifyAhead(store, properties(), memo);
        ahead.warmUp();
        Thread follower = new Thread(() -> ahead.follow(Duration.ofMillis(10)));
        follower.start();
        appendAll(store, List.of(JOURNEY.get(JOURNEY.size() - 1)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ahead.records()).isEqualTo(JOURNEY.size()));
        follower.interrupt();
        follower.join(Duration.ofSeconds(5).toMillis());
        assertThat(follower.isAlive()).isFalse();
    }

    private static InMemoryLedgerStore allButTheSale() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        appendAll(store, JOURNEY.subList(0, JOURNEY.size() - 1));
        return store;
    }

    private static void appendAll(InMemoryLedgerStore store, List<byte[]> records) {
        Appender appender = new Appender(store, ROOT, RolePolicy.standard());
        for (byte[] wire : records) {
            assertThat(appender.append(wire)).isInstanceOf(AppendOutcome.Accepted.class);
        }
    }

    private static List<byte[]> withSale(byte[] sale) {
        List<byte[]> set = new ArrayList<>(JOURNEY.subList(0, JOURNEY.size() - 1));
        set.add(sale);
        return set;
    }

    /** What an attacker with database access does: a record the append code never saw, accepted at the next position. */
    private static void acceptBehindTheWritersBack(InMemoryLedgerStore store, byte[] wire) {
        SignedRecord record = RecordCodec.parse(wire);
        assertThat(store.insertPending(stored(record))).isTrue();
        assertThat(store.markAccepted(record.hash(), store.nextPosition())).isTrue();
    }

    private static StoredRecord stored(SignedRecord record) {
        return new StoredRecord(record.hash(), record.wireBytes(), record.type(), record.actor(), record.time(), Map.of(),
                RecordState.PENDING, OptionalLong.empty(), Optional.empty());
    }

    /** The record's first signature replaced by a valid one under a key nobody registered: same record hash. */
    private static byte[] signedByAStranger(byte[] wire) {
        SignedRecord record = RecordCodec.parse(wire);
        SigningKey stranger = SigningKey.fromSeed(new byte[32]);
        List<JsonValue> sigs = new ArrayList<>(((JsonArray) record.json().get("sigs").orElseThrow()).elements());
        Map<String, JsonValue> first = new LinkedHashMap<>();
        first.put("key", new JsonString(KeyId.of(stranger.publicKey()).value()));
        first.put("sig", new JsonString(stranger.sign(record.signingMessage()).base64Url()));
        sigs.set(0, new JsonObject(first));
        Map<String, JsonValue> members = new LinkedHashMap<>(record.json().members());
        members.put("sigs", new JsonArray(sigs));
        return Jcs.canonicalize(new JsonObject(members));
    }

    private static QueryProperties properties() {
        return new QueryProperties("unused", List.of(CoffeeJourney.trustRoot().base64Url()), 5000, 500, 20000, 1);
    }
}
