package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.event.EventType;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoffeeJourneyTest {

    private final Verifier verifier = new Verifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    @Test
    void theWholeJourneyFromHarvestToSaleVerifies() {
        VerificationReport report = verifier.verify(CoffeeJourney.records());
        assertThat(report.failures()).isEmpty();
        assertThat(report.records()).allSatisfy(r -> {
            assertThat(r.canonical()).isTrue();
            assertThat(r.signatures()).allSatisfy(s -> assertThat(s.ok()).isTrue());
            assertThat(r.links()).allSatisfy(l -> assertThat(l.matching()).isTrue());
        });
    }

    @Test
    void theJourneyHasAMergeASplitAndHandoversSignedByBothParties() {
        List<SignedRecord> events = CoffeeJourney.records().stream().map(RecordCodec::parse)
                .filter(r -> r.type() == RecordType.EVENT).toList();
        assertThat(events).hasSizeGreaterThanOrEqualTo(12);
        var bodies = events.stream().map(EventRecords::read).toList();
        assertThat(bodies).anySatisfy(e -> {
            assertThat(e.event().type()).isEqualTo(EventType.TRANSFORMATION);
            assertThat(e.event().inputs()).hasSize(2);
        });
        assertThat(bodies).anySatisfy(e -> {
            assertThat(e.event().type()).isEqualTo(EventType.TRANSFORMATION);
            assertThat(e.event().inputs()).hasSize(1);
            assertThat(e.event().outputs()).hasSize(3);
        });
        assertThat(events).filteredOn(r -> r.counterparty().isPresent()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.signatures()).hasSize(2));
        assertThat(bodies).anySatisfy(e -> assertThat(e.documents()).extracting(d -> d.type())
                .contains("bill_of_lading", "certificate_of_origin", "phytosanitary_certificate"));
    }

    @Test
    void verificationDoesNotDependOnTheOrderRecordsAreGivenIn() {
        List<byte[]> shuffled = new ArrayList<>(CoffeeJourney.records());
        Collections.shuffle(shuffled, new Random(8785));
        assertThat(verifier.verify(shuffled).failures()).isEmpty();
    }

    @Test
    void dropingAnUpstreamRecordBreaksEveryRecordThatBuildsOnIt() {
        List<byte[]> records = new ArrayList<>(CoffeeJourney.records());
        int wetMill = indexOfFirst(records, "wet_milling");
        records.remove(wetMill);
        VerificationReport report = verifier.verify(records);
        assertThat(report.failures()).isNotEmpty();
        assertThat(report.failures().get(0).reason().orElseThrow().code().name()).isEqualTo("LINK_TARGET_MISSING");
    }

    @Test
    void aRecordAppearingTwiceIsReportedAsADuplicate() {
        List<byte[]> records = new ArrayList<>(CoffeeJourney.records());
        records.add(records.get(records.size() - 1));
        VerificationReport report = verifier.verify(records);
        assertThat(report.failures()).singleElement()
                .satisfies(r -> assertThat(r.reason().orElseThrow().code().name()).isEqualTo("DUPLICATE_RECORD"));
    }

    @Test
    void aDifferentTrustRootTrustsNothing() {
        Verifier stranger = new Verifier(TrustRoot.of(io.trazo.demo.DemoParties.stranger("root").publicKey()),
                RolePolicy.standard());
        VerificationReport report = stranger.verify(CoffeeJourney.records());
        assertThat(report.ok()).isFalse();
        assertThat(report.records()).allSatisfy(r -> assertThat(r.ok()).isFalse());
    }

    private static int indexOfFirst(List<byte[]> records, String text) {
        for (int i = 0; i < records.size(); i++) {
            if (new String(records.get(i), java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }
}
