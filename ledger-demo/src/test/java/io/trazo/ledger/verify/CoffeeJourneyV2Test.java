package io.trazo.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.EventRecords;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The v2 demo journey's golden vectors ({@code vectors/protocol-v2/journey.jsonl}): pinned byte for byte,
 * verified from the committed file, and verified in one ledger with the v1 journey, as the local stack
 * publishes both. Run with {@code -Dtrazo.regenerateVectors=true} to rewrite the file after a deliberate change.
 */
class CoffeeJourneyV2Test {

    private static final String FILE = "/vectors/protocol-v2/journey.jsonl";
    private final Verifier verifier = new Verifier(TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());

    @Test
    void committedVectorsAreExactlyWhatTheJourneyProducesToday() throws IOException {
        List<String> produced = CoffeeJourneyV2.records().stream().map(r -> new String(r, StandardCharsets.UTF_8)).toList();
        if (Boolean.getBoolean("trazo.regenerateVectors")) {
            Path file = Path.of("src/test/resources" + FILE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", produced) + "\n");
        }
        assertThat(ProtocolVectorsTest.lines(committed())).containsExactlyElementsOf(produced);
    }

    @Test
    void theCommittedJourneyVerifiesWithEveryRecordCanonicalAndEveryHandoverSignedByBoth() {
        VerificationReport report = verifier.verify(ProtocolVectorsTest.bytes(ProtocolVectorsTest.lines(committed())));
        assertThat(report.failures()).isEmpty();
        assertThat(report.records()).hasSize(43).allSatisfy(r -> assertThat(r.canonical()).isTrue());
    }

    @Test
    void everyRecordButTheSharedV1RegistryIsV2AndEveryNewTypeAppears() {
        List<SignedRecord> records = CoffeeJourneyV2.records().stream().map(RecordCodec::parse).toList();
        assertThat(records).filteredOn(r -> r.version() == ProtocolVersion.V1)
                .allSatisfy(r -> assertThat(r.type()).isIn(RecordType.ACTOR, RecordType.KEY));
        assertThat(records).extracting(SignedRecord::type).contains(RecordType.DELEGATION, RecordType.LOCATION,
                RecordType.CERTIFICATE_STATUS, RecordType.CERTIFICATE, RecordType.PLOT);
        assertThat(records).filteredOn(r -> r.type() == RecordType.LOCATION).hasSize(6);
        assertThat(records).filteredOn(r -> r.type() == RecordType.EVENT && r.counterparty().isPresent())
                .hasSize(4).allSatisfy(r -> assertThat(r.signatures()).hasSize(2));
    }

    @Test
    void theHarvestCarriesTheProducerFactsAndThePriceWithTheProducersConsent() {
        JsonObject harvest = RecordCodec.parse(CoffeeJourneyV2.records().stream().filter(w -> new String(w, StandardCharsets.UTF_8)
                .contains("BizStep-harvesting")).findFirst().orElseThrow()).body();
        JsonObject event = (JsonObject) harvest.get("event").orElseThrow();
        JsonObject ilmd = (JsonObject) event.get("ilmd").orElseThrow();
        assertThat(ilmd.members().keySet()).contains("trazo:productForm", "trazo:variety", "trazo:altitudeM", "trazo:harvestPeriod");
        JsonObject price = (JsonObject) event.get("trazo:pricePaid").orElseThrow();
        assertThat(price.members().keySet()).containsExactlyInAnyOrder("amount", "currency", "unit", "basis", "date", "producerConsent");
        assertThat(EventRecords.read(RecordCodec.parse(CoffeeJourneyV2.records().stream()
                .filter(w -> new String(w, StandardCharsets.UTF_8).contains("BizStep-harvesting")).findFirst().orElseThrow()))
                .claims()).hasSize(4);
    }

    @Test
    void bothDemoJourneysVerifyInOneLedgerSharingOnlyTheirRegistry() {
        List<byte[]> both = new ArrayList<>(CoffeeJourney.records());
        Set<String> seen = new HashSet<>();
        both.forEach(w -> seen.add(RecordCodec.parse(w).hash().hex()));
        int shared = 0;
        for (byte[] w : CoffeeJourneyV2.records()) {
            if (seen.add(RecordCodec.parse(w).hash().hex())) {
                both.add(w);
            } else {
                shared++;
            }
        }
        assertThat(shared).isEqualTo(18);
        assertThat(verifier.verify(both).failures()).isEmpty();
    }

    private static byte[] committed() {
        try (var in = CoffeeJourneyV2Test.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + FILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
