package io.trazo.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AppenderTest {

    static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private final LedgerStore store = new InMemoryLedgerStore();
    private final Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    @Test
    void theJourneyInOrderIsAcceptedWithIncreasingPositions() {
        long last = 0;
        for (byte[] wire : JOURNEY) {
            AppendOutcome outcome = appender.append(wire);
            assertThat(outcome).isInstanceOf(AppendOutcome.Accepted.class);
            long position = ((AppendOutcome.Accepted) outcome).position();
            assertThat(position).isGreaterThan(last);
            last = position;
        }
        assertThat(LedgerInvariants.check(store, JOURNEY)).hasSize(JOURNEY.size());
    }

    @Test
    void redeliveryIsAnIdempotentDuplicateWithTheOriginalPosition() {
        JOURNEY.forEach(appender::append);
        for (byte[] wire : JOURNEY) {
            assertThat(appender.append(wire)).isInstanceOf(AppendOutcome.Duplicate.class);
        }
        assertThat(LedgerInvariants.check(store, JOURNEY)).hasSize(JOURNEY.size());
    }

    @Test
    void outOfOrderArrivalDefersUntilTheDependencyArrives() {
        List<byte[]> pending = new ArrayList<>(JOURNEY);
        Collections.shuffle(pending, new Random(20261127));
        int rounds = 0;
        while (!pending.isEmpty()) {
            rounds++;
            List<byte[]> deferred = new ArrayList<>();
            for (byte[] wire : pending) {
                AppendOutcome outcome = appender.append(wire);
                assertThat(outcome).isNotInstanceOf(AppendOutcome.Rejected.class);
                if (outcome instanceof AppendOutcome.Deferred) {
                    deferred.add(wire);
                }
            }
            assertThat(deferred.size()).as("each round makes progress").isLessThan(pending.size());
            pending = deferred;
        }
        assertThat(rounds).isGreaterThan(1);
        assertThat(LedgerInvariants.check(store, JOURNEY)).hasSize(JOURNEY.size());
    }

    @Test
    void aSecondRecordOnTheSameLotHeadIsAForkAndTheFirstWriterWins() {
        Forks forks = new Forks();
        forks.prefix().forEach(appender::append);
        assertThat(appender.append(forks.left())).isInstanceOf(AppendOutcome.Accepted.class);
        AppendOutcome second = appender.append(forks.right());
        assertThat(second).isInstanceOfSatisfying(AppendOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(ReasonCode.FORK));
        assertThat(appender.append(forks.right())).isInstanceOfSatisfying(AppendOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(ReasonCode.FORK));
        LedgerInvariants.check(store, forks.all());
    }

    @Test
    void aTamperedRecordIsRejectedWithItsFirstReasonAndLeavesNothingBehind() {
        JOURNEY.subList(0, JOURNEY.size() - 1).forEach(appender::append);
        byte[] sale = JOURNEY.get(JOURNEY.size() - 1);
        String text = new String(sale, StandardCharsets.UTF_8).replace("\"quantity\":24", "\"quantity\":2400");
        AppendOutcome outcome = appender.append(text.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome).isInstanceOfSatisfying(AppendOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(ReasonCode.EVENT_HASH_MISMATCH));
        assertThat(store.record(outcome.hash().orElseThrow())).isEmpty();
        assertThat(appender.append(sale)).isInstanceOf(AppendOutcome.Accepted.class);
    }

    @Test
    void aPositionSealedUnderAnAppenderMakesItDrawAnother() {
        JOURNEY.subList(0, 3).forEach(appender::append);
        long next = store.lastPosition() + 1;
        store.sealPosition(next);
        AppendOutcome outcome = appender.append(JOURNEY.get(3));
        assertThat(outcome).isInstanceOfSatisfying(AppendOutcome.Accepted.class,
                a -> assertThat(a.position()).isGreaterThan(next));
    }

    @Test
    void aCopyOfALedgerRecordWithAForgedSignatureIsRejectedNotCalledADuplicate() {
        JOURNEY.forEach(appender::append);
        byte[] sale = JOURNEY.get(JOURNEY.size() - 1);
        String text = new String(sale, StandardCharsets.UTF_8);
        int at = text.indexOf("\"sig\":\"") + 10;
        char flipped = text.charAt(at) == 'A' ? 'B' : 'A';
        byte[] forged = (text.substring(0, at) + flipped + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
        assertThat(appender.append(forged)).isInstanceOfSatisfying(AppendOutcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(ReasonCode.BAD_SIGNATURE));
        assertThat(appender.append(sale)).isInstanceOf(AppendOutcome.Duplicate.class);
        String reformatted = text.replace("\"v\":1}", "\"v\": 1 }");
        assertThat(appender.append(reformatted.getBytes(StandardCharsets.UTF_8))).isInstanceOf(AppendOutcome.Duplicate.class);
    }

    @Test
    void unreadableBytesAreRejectedWithoutAHash() {
        AppendOutcome outcome = appender.append(new byte[] {(byte) 0xc3, 0x28});
        assertThat(outcome).isInstanceOfSatisfying(AppendOutcome.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.INVALID_UTF8);
            assertThat(r.hash()).isEmpty();
        });
    }

    @Test
    void abandoningADeferredRecordReleasesWhatItHeld() {
        Forks forks = new Forks();
        forks.prefix().forEach(appender::append);
        AppendOutcome outcome = appender.append(forks.orphan());
        assertThat(outcome).isInstanceOfSatisfying(AppendOutcome.Deferred.class,
                d -> assertThat(d.code()).isEqualTo(ReasonCode.LINK_TARGET_MISSING));
        assertThat(appender.abandon(forks.orphan(), ReasonCode.MISSING_DEPENDENCY, "gave up after retries"))
                .isInstanceOfSatisfying(AppendOutcome.Rejected.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.MISSING_DEPENDENCY));
        LedgerInvariants.check(store, forks.all());
    }
}
