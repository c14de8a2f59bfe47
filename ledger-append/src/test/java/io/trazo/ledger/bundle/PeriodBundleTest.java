package io.trazo.ledger.bundle;

import static io.trazo.demo.DemoParties.EXPORTER;
import static io.trazo.demo.DemoParties.IMPORTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.append.InMemoryLedgerStore;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.plot.Plots;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.provenance.ParsedRecords;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.store.StoredRecord;
import io.trazo.ledger.verify.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Operator-period bundles (protocol §18.1) over the v2 demo journey, appended by the real append code: the
 * exporter's fourth quarter of 2026 (it receives the parchment from the cooperative, dry-mills it, ships the
 * green to the importer) verifies offline, and each tampering is caught with its named reason, except the
 * one the protocol says cannot be: a sale at the end of a lot's chain left out.
 */
class PeriodBundleTest {

    private static final OperatorPeriod Q4 = new OperatorPeriod(EXPORTER, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"));
    private static final BundleVerifier VERIFIER = new BundleVerifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final List<SignedRecord> journey = new ArrayList<>();
    private final PeriodBundleExporter exporter;

    PeriodBundleTest() {
        Appender appender = new Appender(store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        Map<String, Digest> plots = new HashMap<>();
        for (byte[] wire : CoffeeJourneyV2.records()) {
            assertThat(appender.append(wire)).isInstanceOf(AppendOutcome.Accepted.class);
            SignedRecord r = RecordCodec.parse(wire);
            journey.add(r);
            if (r.type() == RecordType.PLOT) {
                plots.put(Plots.read(r).plotId(), r.hash());
            }
        }
        exporter = new PeriodBundleExporter(store, (plotId, registrant) -> Optional.ofNullable(plots.get(plotId)), JourneyLedger.statuses(store),
                ParsedRecords.none());
    }

    @Test
    void theExportersQuarterHoldsItsThreeEventsTheirUpstreamAndEvidenceAndVerifies() {
        List<StoredRecord> records = contents(Q4);
        assertThat(records.stream().map(r -> RecordCodec.parse(r.wire())).filter(Q4::owns)).hasSize(3);
        assertThat(records).extracting(StoredRecord::hash).contains(actorRecord(EXPORTER));
        BundleReport report = VERIFIER.verify(bundle(Q4, records));
        assertThat(report.ok()).as(report.findings().toString()).isTrue();
        assertThat(report.lot()).isEmpty();
    }

    @Test
    void aQuarterWithNothingOfTheOperatorsIsItsActorRecordAlone() {
        OperatorPeriod q1 = new OperatorPeriod(EXPORTER, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-31"));
        List<StoredRecord> records = contents(q1);
        assertThat(records).singleElement().satisfies(r -> assertThat(RecordCodec.parse(r.wire()).type()).isEqualTo(RecordType.ACTOR));
        assertThat(VERIFIER.verify(bundle(q1, records)).ok()).isTrue();
        assertThat(reason(bundle(q1, List.of()))).isEqualTo(ReasonCode.INVALID_FIELD);
    }

    @Test
    void leavingOutAPeriodRecordThatAnotherLinksToIsIncomplete() {
        // the dry milling's green is what the shipping continues: the shipping links to it
        SignedRecord milling = own(r -> r.actor().equals(EXPORTER) && r.counterparty().isEmpty());
        List<StoredRecord> records = without(contents(Q4), milling.hash());
        Finding f = VERIFIER.verify(bundle(Q4, records)).reason().orElseThrow();
        assertThat(f.code()).isEqualTo(ReasonCode.BUNDLE_INCOMPLETE);
        assertThat(f.message()).contains(milling.hash().hex());
    }

    @Test
    void leavingOutTheSaleAtTheEndOfALotsChainGoesUnnoticedOfflineWhichIsTheDocumentedLimit() {
        // a lying exporter drops the sale and what only the sale needed (the importer's key and actor records)
        SignedRecord shipping = own(r -> r.counterparty().filter(IMPORTER::equals).isPresent());
        Set<Digest> rest = new LinkedHashSet<>();
        journey.stream().filter(Q4::owns).filter(r -> !r.equals(shipping)).forEach(r -> rest.add(r.hash()));
        List<StoredRecord> records = exporter.contents(Q4, rest);
        assertThat(records).extracting(StoredRecord::hash).doesNotContain(shipping.hash());
        BundleReport report = VERIFIER.verify(bundle(Q4, records));
        assertThat(report.ok()).as("§18.1: nothing in the bundle links to the exporter's last sale").isTrue();
    }

    @Test
    void aRecordOfAnotherActorSlippedInWithItsRegistryRecordsIsExtra() {
        // the importer's inspection of the green: signed by the importer, no counterparty, nothing of the exporter's links to it
        SignedRecord inspection = journey.stream().filter(r -> r.type() == RecordType.EVENT && r.actor().equals(IMPORTER)
                && r.counterparty().isEmpty()).findFirst().orElseThrow();
        Set<Digest> added = new LinkedHashSet<>(List.of(inspection.hash()));
        journey.stream().filter(r -> r.type() == RecordType.KEY || r.type() == RecordType.ACTOR).filter(r -> names(r, IMPORTER))
                .forEach(r -> added.add(r.hash()));
        List<StoredRecord> records = with(contents(Q4), added);
        List<Finding> findings = VERIFIER.verify(bundle(Q4, records)).findings();
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.code()).isEqualTo(ReasonCode.BUNDLE_EXTRA_RECORD));
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains(inspection.hash().hex()));
    }

    @Test
    void theOperatorsRecordsOutsideThePeriodAreExtra() {
        OperatorPeriod q1 = new OperatorPeriod(EXPORTER, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-31"));
        List<Finding> findings = VERIFIER.verify(bundle(q1, contents(Q4))).findings();
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.code()).isEqualTo(ReasonCode.BUNDLE_EXTRA_RECORD));
        for (SignedRecord r : journey.stream().filter(Q4::owns).toList()) {
            assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains(r.hash().hex()));
        }
    }

    @Test
    void theOperatorsActorRecordMissingIsIncomplete() {
        List<Finding> findings = VERIFIER.verify(bundle(Q4, without(contents(Q4), actorRecord(EXPORTER)))).findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.BUNDLE_INCOMPLETE);
            assertThat(f.message()).contains("actor record of operator " + EXPORTER);
        });
    }

    @Test
    void theSubjectMustBeWholeQuartersOfAtMostAYearAndStandsAlone() {
        List<Object> one = List.of(Base64Url.encode(contents(Q4).get(0).wire()));
        assertThat(envelope(Json.obj("trazoBundle", 2, "operator", EXPORTER, "from", "2026-10-02", "to", "2026-12-31", "records", one)))
                .isEqualTo(new Finding(ReasonCode.INVALID_FIELD, "/from", "from: 2026-10-02 is not the first day of a quarter (2026-10-01)"));
        assertThat(envelope(Json.obj("trazoBundle", 2, "operator", EXPORTER, "from", "2026-10-01", "to", "2026-12-30", "records", one))
                .path()).isEqualTo("/to");
        assertThat(envelope(Json.obj("trazoBundle", 2, "operator", EXPORTER, "from", "2026-01-01", "to", "2027-03-31", "records", one)))
                .isEqualTo(new Finding(ReasonCode.INVALID_FIELD, "/to", "to: 2026-01-01 to 2027-03-31 is longer than 4 quarters"));
        assertThat(envelope(Json.obj("trazoBundle", 2, "operator", EXPORTER, "from", "2026-10-01", "to", "2026-12-31", "records", one,
                "lot", CoffeeJourneyV2.GREEN)).code()).isEqualTo(ReasonCode.UNKNOWN_FIELD);
        assertThat(envelope(Json.obj("trazoBundle", 1, "operator", EXPORTER, "from", "2026-10-01", "to", "2026-12-31", "records", one))
                .code()).isEqualTo(ReasonCode.UNKNOWN_FIELD);
        assertThat(envelope(Json.obj("trazoBundle", 2, "operator", "urn:trazo:lot:x:y", "from", "2026-10-01", "to", "2026-12-31",
                "records", one)).path()).isEqualTo("/operator");
    }

    private Finding envelope(io.trazo.ledger.encoding.JsonObject json) {
        return VERIFIER.verify(Jcs.canonicalize(json)).reason().orElseThrow();
    }

    private Digest actorRecord(String actor) {
        return journey.stream().filter(r -> r.type() == RecordType.ACTOR && names(r, actor)).findFirst().orElseThrow().hash();
    }

    private static boolean names(SignedRecord r, String actor) {
        return new String(r.wireBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"" + actor + "\"");
    }

    private ReasonCode reason(byte[] bundle) {
        return VERIFIER.verify(bundle).reason().map(Finding::code).orElse(null);
    }

    private SignedRecord own(Predicate<SignedRecord> which) {
        return journey.stream().filter(Q4::owns).filter(which).findFirst().orElseThrow();
    }

    private List<StoredRecord> contents(OperatorPeriod period) {
        Set<Digest> own = new LinkedHashSet<>();
        journey.stream().filter(period::owns).forEach(r -> own.add(r.hash()));
        return exporter.contents(period, own);
    }

    private static List<StoredRecord> without(List<StoredRecord> records, Digest left) {
        assertThat(records).anySatisfy(r -> assertThat(r.hash()).isEqualTo(left));
        return records.stream().filter(r -> !r.hash().equals(left)).toList();
    }

    private List<StoredRecord> with(List<StoredRecord> records, Set<Digest> added) {
        List<StoredRecord> all = new ArrayList<>(records);
        store.records(added).values().stream().filter(r -> records.stream().noneMatch(h -> h.hash().equals(r.hash()))).forEach(all::add);
        all.sort(Comparator.comparingLong(r -> r.position().orElseThrow()));
        return all;
    }

    private static byte[] bundle(OperatorPeriod period, List<StoredRecord> records) {
        return BundleFormat.writePeriod(period, records.stream().map(StoredRecord::wire).toList(), Optional.empty(), Optional.empty(),
                List.of());
    }
}
