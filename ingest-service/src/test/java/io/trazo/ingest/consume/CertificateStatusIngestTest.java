package io.trazo.ingest.consume;

import static io.trazo.append.CertificateStatusFixtures.laterCertificate;
import static io.trazo.append.CertificateStatusFixtures.rivalRegistration;
import static io.trazo.append.CertificateStatusFixtures.rivalSuspension;
import static io.trazo.append.CertificateStatusFixtures.suspension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.append.RecordKeys;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.Receipts;
import io.trazo.ledger.record.RecordCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * certificate_status through ingest on a real broker (docs/protocol.md §8.7): a status whose
 * certificate has not arrived waits for it and is then accepted; a certifier suspending another
 * certifier's certificate is refused at once, with its own reason, and never retried.
 */
class CertificateStatusIngestTest extends OneIngestTest {

    private JsonNode finalReceipt(String source) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.finalBySource(rig.receipts()).containsKey(source));
        return Receipts.finalBySource(rig.receipts()).get(source).get(0);
    }

    private String publish(byte[] record) {
        return rig.publish(RecordKeys.keyOf(record).orElseThrow(), record);
    }

    @Test
    void aStatusWaitsForItsCertificateAndAnotherCertifiersStatusIsRefusedAtOnce() {
        ingest = IngestInstance.start(rig);
        List<byte[]> setup = new ArrayList<>(CoffeeJourney.records());
        setup.addAll(rivalRegistration());
        setup.stream().map(this::publish).toList()
                .forEach(s -> assertThat(finalReceipt(s).get("outcome").asString()).as(s).isEqualTo("ACCEPTED"));

        byte[] early = suspension(laterCertificate());
        String earlySource = publish(early);
        String earlyHash = RecordCodec.parse(early).hash().hex();
        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.all(rig.receipts()).stream()
                .anyMatch(r -> r.get("outcome").asString().equals("DEFERRED") && r.get("record").asString().equals(earlyHash)
                        && r.get("reason").asString().equals("UNKNOWN_CERTIFICATE")));
        assertThat(finalReceipt(publish(laterCertificate())).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(finalReceipt(earlySource).get("outcome").asString()).isEqualTo("ACCEPTED");

        String rival = publish(rivalSuspension(laterCertificate()));
        JsonNode refused = finalReceipt(rival);
        assertThat(refused.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(refused.get("reason").asString()).isEqualTo("CERTIFICATE_STATUS_WRONG_CERTIFIER");
        assertThat(refused.get("path").asString()).isEqualTo("/body/certificate");
        assertThat(Receipts.all(rig.receipts()).stream().filter(r -> r.get("source").asString().equals(rival)))
                .as("one receipt, and it is final").hasSize(1);
    }
}
