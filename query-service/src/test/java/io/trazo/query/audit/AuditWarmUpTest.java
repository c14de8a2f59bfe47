package io.trazo.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.trazo.append.InMemoryLedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.query.warmup.WarmUp;
import io.trazo.query.warmup.WarmingUpException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit fold built in the background: a request meanwhile waits its bound and is told to come back
 * (503 {@code warming-up} with {@code Retry-After}), and once warm a request folds only what is new.
 * The store's range reads are held at a gate, so "meanwhile" is a state, not a race against a clock.
 */
@WebMvcTest(AuditController.class)
@Import({AuditWarmUpTest.Ledger.class, AuditProblems.class})
class AuditWarmUpTest {

    @TestConfiguration
    static class Ledger {

        static final Gated READER = new Gated(JourneyLedger.inMemory());

        @Bean
        AuditLedger auditLedger() {
            AuditLedger ledger = new AuditLedger(READER);
            ledger.boundRequestWait(Duration.ofMillis(100));
            return ledger;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLedger ledger;

    @AfterEach
    void open() {
        Ledger.READER.gate.countDown();
    }

    @Test
    void aRequestDuringWarmUpIsAnswered503WarmingUpAndOnceWarmOnlyNewRecordsAreFoldedOnTheRequestPath() throws Exception {
        CompletableFuture<Void> warming = CompletableFuture.runAsync(ledger::warmUp);
        assertThat(Ledger.READER.entered.await(30, TimeUnit.SECONDS)).as("the warm-up reads the store").isTrue();
        assertThat(ledger.warmUpState().state()).isEqualTo(WarmUp.State.WARMING);

        mvc.perform(get("/lots/{lot}/audit", CoffeeJourney.RETAIL)).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.type").value("https://trazo.dev/problems/warming-up"))
                .andExpect(jsonPath("$.catchUp").value("audit fold"));
        assertThat(ledger.readIfWarm(f -> f.folded())).as("a summary does not wait").isEmpty();
        assertThatThrownBy(() -> ledger.read(f -> f.folded(), Duration.ZERO)).isInstanceOf(WarmingUpException.class);

        Ledger.READER.gate.countDown();
        warming.get(60, TimeUnit.SECONDS);
        assertThat(ledger.warmUpState().state()).isEqualTo(WarmUp.State.READY);
        mvc.perform(get("/lots/{lot}/audit", CoffeeJourney.RETAIL)).andExpect(status().isOk());
        assertThat(ledger.foldedOnRequests()).as("the request found the fold warm").isZero();

        JourneyLedger.revoke(Ledger.READER.store, io.trazo.demo.DemoParties.ROASTER, java.time.Instant.parse("2026-12-01T00:00:00Z"));
        mvc.perform(get("/lots/{lot}/audit", CoffeeJourney.RETAIL)).andExpect(status().isOk());
        assertThat(ledger.foldedOnRequests()).as("only the record appended since").isEqualTo(1);
    }

    /** The in-memory store, whose range reads wait at a gate until the test opens it. */
    static final class Gated implements LedgerReader {

        final CountDownLatch gate = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        final InMemoryLedgerStore store;

        Gated(InMemoryLedgerStore store) {
            this.store = store;
        }

        @Override
        public Map<Long, StoredRecord> acceptedRange(long from, int count) {
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return store.acceptedRange(from, count);
        }

        @Override
        public Optional<StoredRecord> record(Digest hash) {
            return store.record(hash);
        }

        @Override
        public long lastPosition() {
            return store.lastPosition();
        }

        @Override
        public Optional<Digest> acceptedAt(long position) {
            return store.acceptedAt(position);
        }

        @Override
        public Optional<Digest> claimAt(String lot, long lotPosition) {
            return store.claimAt(lot, lotPosition);
        }

        @Override
        public Optional<LotHead> head(String lot) {
            return store.head(lot);
        }

        @Override
        public Optional<Digest> bound(RegistryKind kind, String name) {
            return store.bound(kind, name);
        }
    }
}
