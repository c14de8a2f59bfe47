package io.trazo.query.audit;

import static io.trazo.demo.CoffeeJourney.PLOT_WOMEN;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.audit.CustodyLevel;
import io.trazo.audit.LotAudit;
import io.trazo.ledger.claim.Certificates;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.demo.JourneyBuilder;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.LotHead;
import io.trazo.ledger.store.StoredRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The query side's audit fold keeps up with the ledger: new records, and positions accepted after their neighbours. */
class AuditLedgerTest {

    private static final String LOT = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-099";

    @Test
    void aRecordAppendedAfterTheFirstAnswerIsInTheNext() {
        InMemoryLedgerStore store = JourneyLedger.inMemory();
        AuditLedger ledger = new AuditLedger(store);
        Optional<LotAudit> before = ledger.read(f -> f.lot(LOT));
        assertThat(before).isEmpty();
        appendHarvest(store);
        Optional<LotAudit> after = ledger.read(f -> f.lot(LOT));
        assertThat(after.map(LotAudit::plots)).contains(List.of(PLOT_WOMEN));
    }

    @Test
    void aPositionNotYetAcceptedWhenFirstReadIsFoldedOnceItIs() {
        InMemoryLedgerStore store = JourneyLedger.inMemory();
        appendHarvest(store);
        Hiding reader = new Hiding(store);
        reader.hidden.add(store.lastPosition());
        AuditLedger ledger = new AuditLedger(reader);
        Optional<LotAudit> pending = ledger.read(f -> f.lot(LOT));
        assertThat(pending).isEmpty();
        reader.hidden.clear();
        LotAudit accepted = ledger.read(f -> f.lot(LOT)).orElseThrow();
        assertThat(accepted.claims()).singleElement().satisfies(c -> {
            assertThat(c.valid()).as(c.detail()).isTrue();
            assertThat(c.level()).contains(CustodyLevel.IDENTITY_PRESERVED);
        });
    }

    /** A women-produced harvest whose claim lists no lots, appended by the real append code. */
    private static void appendHarvest(InMemoryLedgerStore store) {
        SignedRecord women = JourneyLedger.parsed().stream().filter(r -> r.type() == RecordType.CERTIFICATE)
                .filter(r -> Certificates.read(r).claim() == ClaimType.WOMEN_PRODUCED).findFirst().orElseThrow();
        JourneyBuilder b = new JourneyBuilder(new DemoParties());
        b.event(DemoParties.FARM_WOMEN, null, obj("type", "ObjectEvent", "eventTime", "2026-10-09T08:00:00.000-05:00",
                "eventTimeZoneOffset", "-05:00", "action", "ADD", "bizStep", Vocabulary.trazoStep("harvesting"),
                "bizLocation", obj("id", PLOT_WOMEN), "quantityList", arr(obj("epcClass", LOT, "quantity", 640, "uom", "KGM"))),
                List.of(obj("certificate", women.hash().hex())), List.of());
        AppendOutcome outcome = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard()).append(b.records().get(0));
        assertThat(outcome).isInstanceOf(AppendOutcome.Accepted.class);
    }

    /** A real store whose chosen positions read as not yet accepted, as a pending append does. */
    private static final class Hiding implements LedgerReader {

        final Set<Long> hidden = ConcurrentHashMap.newKeySet();
        private final LedgerReader store;

        Hiding(LedgerReader store) {
            this.store = store;
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
            return hidden.contains(position) ? Optional.empty() : store.acceptedAt(position);
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
        public Optional<Digest> bound(io.trazo.ledger.store.LedgerReader.RegistryKind kind, String name) {
            return store.bound(kind, name);
        }
    }
}
