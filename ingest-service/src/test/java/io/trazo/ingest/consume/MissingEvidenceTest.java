package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.append.EvidenceRecords;
import io.trazo.append.RecordKeys;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.Receipts;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordCodec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A v2 claim on a certificate the ledger does not have yet, or a v2 harvest on a plot its farm has not
 * registered yet, waits at ingest, on a real broker, as a missing link target does (protocol §8.1, §14):
 * deferred with {@code EVIDENCE_MISSING}, accepted once the evidence is, or given up as
 * {@code MISSING_DEPENDENCY} if it never comes.
 */
class MissingEvidenceTest extends OneIngestTest {

    @Test
    void aClaimWaitsForItsCertificateAndIsGivenUpOnIfItNeverArrives() {
        ingest = IngestInstance.start(rig);
        CoffeeJourney.records().forEach(this::publish);
        byte[] late = EvidenceRecords.certificate("BCA-ORG-2026-0901");
        byte[] never = EvidenceRecords.certificate("BCA-ORG-2026-0902");
        byte[] waits = EvidenceRecords.harvest(ProtocolVersion.V2, "cherry-2026-901", RecordCodec.parse(late).hash());
        byte[] givenUp = EvidenceRecords.harvest(ProtocolVersion.V2, "cherry-2026-902", RecordCodec.parse(never).hash());
        String waiting = publish(waits);
        String abandoned = publish(givenUp);
        String hash = RecordCodec.parse(waits).hash().hex();
        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.all(rig.receipts()).stream()
                .anyMatch(r -> r.get("outcome").asString().equals("DEFERRED") && r.get("record").asString().equals(hash)
                        && r.get("reason").asString().equals("EVIDENCE_MISSING")));

        String certificate = publish(late);

        assertThat(finalReceipt(certificate).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(finalReceipt(waiting).get("outcome").asString()).isEqualTo("ACCEPTED");
        JsonNode refused = finalReceipt(abandoned);
        assertThat(refused.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(refused.get("reason").asString()).isEqualTo("MISSING_DEPENDENCY");
    }

    @Test
    void aV2HarvestWaitsForItsPlotRecordAndIsAcceptedOnceItArrives() {
        ingest = IngestInstance.start(rig);
        CoffeeJourney.records().forEach(this::publish);
        String plotId = "urn:trazo:plot:finca-el-mirador:lote-903";
        byte[] harvest = EvidenceRecords.harvestOn(ProtocolVersion.V2, "cherry-2026-903", plotId);
        String waiting = publish(harvest);
        String hash = RecordCodec.parse(harvest).hash().hex();
        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.all(rig.receipts()).stream()
                .anyMatch(r -> r.get("outcome").asString().equals("DEFERRED") && r.get("record").asString().equals(hash)
                        && r.get("reason").asString().equals("EVIDENCE_MISSING")));

        String plot = publish(EvidenceRecords.plot(plotId));

        assertThat(finalReceipt(plot).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(finalReceipt(waiting).get("outcome").asString()).isEqualTo("ACCEPTED");
    }

    private String publish(byte[] wire) {
        return rig.publish(RecordKeys.keyOf(wire).orElse(null), wire);
    }

    private JsonNode finalReceipt(String source) {
        await().atMost(Duration.ofSeconds(90)).until(() -> Receipts.finalBySource(rig.receipts()).containsKey(source));
        List<JsonNode> finals = Receipts.finalBySource(rig.receipts()).get(source);
        assertThat(finals).as("final receipts for %s", source).hasSize(1);
        return finals.get(0);
    }
}
