package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a report says besides its reason: found by an independent verifier written from the protocol page alone. */
class ReportDetailsTest {

    private final Verifier verifier = new Verifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
    private final List<byte[]> journey = CoffeeJourney.records();

    @Test
    void aRecordThatFailsItsSignatureGetsThatFindingAloneAndNoSpuriousLinkFinding() {
        List<byte[]> set = new ArrayList<>(journey.subList(0, journey.size() - 1));
        set.add(ProtocolVectorsTest.resource("invalid/flipped-signature-bit.json"));

        RecordReport sale = verifier.verify(set).records().get(set.size() - 1);

        assertThat(sale.findings()).extracting(Finding::code).containsExactly(ReasonCode.BAD_SIGNATURE);
        assertThat(sale.links()).isEmpty();
    }

    @Test
    void aDuplicateRecordReportCarriesTheRecordsHashAndType() {
        List<byte[]> set = new ArrayList<>(journey);
        set.add(journey.get(journey.size() - 1));
        SignedRecord sale = RecordCodec.parse(journey.get(journey.size() - 1));

        RecordReport copy = verifier.verify(set).records().get(set.size() - 1);

        assertThat(copy.reason()).map(Finding::code).hasValue(ReasonCode.DUPLICATE_RECORD);
        assertThat(copy.hash()).hasValue(sale.hash());
        assertThat(copy.type()).isEqualTo(Optional.of(RecordType.EVENT));
    }

    @Test
    void theSameActorBodyRegisteredAgainLaterIsARegistryConflictByDesign() {
        SignedRecord first = RecordCodec.parse(journey.get(0));
        byte[] again = io.trazo.ledger.record.RecordBuilder.governance(RecordType.ACTOR).time(first.time().plusSeconds(86_400))
                .body(first.body()).sign(new io.trazo.demo.DemoParties().governance());
        List<byte[]> set = new ArrayList<>(journey);
        set.add(again);

        RecordReport report = verifier.verify(set).records().get(set.size() - 1);

        assertThat(report.reason()).hasValueSatisfying(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.REGISTRY_CONFLICT);
            assertThat(f.path()).isEqualTo("/body/id");
        });
    }

    @Test
    void theRootPointerIsPrintedAsTheEmptyStringNotAsTheSlashThatNamesTheEmptyMember() {
        assertThat(new Finding(ReasonCode.NOT_AN_OBJECT, "", "a record is a JSON object"))
                .hasToString("NOT_AN_OBJECT at \"\": a record is a JSON object");
        assertThat(new Finding(ReasonCode.INVALID_FIELD, "/", "m")).hasToString("INVALID_FIELD at /: m");
    }
}
