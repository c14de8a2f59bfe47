package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.append.RecordKeys;
import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.Journeys;
import io.trazo.ingest.testing.Receipts;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.event.EventBodies;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.RecordBuilder;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docs/protocol.md §15, "A deferred record reserves nothing" (issue 15: the soak's forks that won). The
 * genuine drying of a parchment lot waits on the retry topic for its wet-mill record; the wet mill and
 * then a second drying of the same parchment arrive meanwhile, and the second drying, appended first,
 * wins. The rule stays first come at the lot head; the genuine record's FORK receipt says it was
 * deferred and lost its place, and the fork is counted.
 */
class ForkAfterDeferralTest extends OneIngestTest {

    private static final List<byte[]> JOURNEY = Journeys.generated(0, 1);

    @Test
    void aRecordDeferredWhileACompetitorTookItsLotHeadIsAForkThatSaysItWaited() {
        ingest = IngestInstance.start(rig, Map.of("trazo.retry.attempts", "3", "trazo.retry.first-delay", "30s"));
        CoffeeJourney.records().forEach(r -> accepted(publish(r)));
        JOURNEY.subList(0, 4).forEach(r -> accepted(publish(r)));
        byte[] genuine = JOURNEY.get(5);
        String waited = publish(genuine);
        String hash = RecordCodec.parse(genuine).hash().hex();
        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.all(rig.receipts()).stream()
                .anyMatch(r -> r.get("outcome").asString().equals("DEFERRED") && r.get("record").asString().equals(hash)));
        accepted(publish(JOURNEY.get(4)));
        String fork = publish(secondDrying(RecordCodec.parse(JOURNEY.get(4)).hash()));
        accepted(fork);

        JsonNode lost = probe.finalReceipt(waited);
        assertThat(lost.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(lost.get("reason").asString()).isEqualTo("FORK");
        assertThat(lost.get("message").asString()).contains("already continues with record", "deferred (retry round 1)",
                "the first record appended at a lot's head wins");
        assertThat(probe.metric(ingest, "trazo.ingest.forks.after.deferral")).isEqualTo(1.0);
    }

    /** The parchment of generated journey 0 dried a second time, from the same wet-mill record as the genuine drying. */
    private static byte[] secondDrying(Digest wetMill) {
        String parchment = "urn:trazo:lot:coop-cafeteros-caldas:parchment-g0";
        String time = "2026-10-21T09:30:00.000-05:00";
        var event = Json.obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", "OBSERVE",
                "bizStep", Vocabulary.trazoStep("drying"), "quantityList", Json.arr(Json.obj("epcClass", parchment, "quantity", 440, "uom", "KGM")));
        return RecordBuilder.of(RecordType.EVENT, DemoParties.COOPERATIVE).time(OffsetDateTime.parse(time).toInstant())
                .link(parchment, wetMill).body(EventBodies.body(event, List.of(), List.of()))
                .sign(new DemoParties().key(DemoParties.COOPERATIVE));
    }

    private String publish(byte[] record) {
        return rig.publish(RecordKeys.keyOf(record).orElseThrow(), record);
    }

    private void accepted(String source) {
        assertThat(probe.finalReceipt(source).get("outcome").asString()).as(source).isEqualTo("ACCEPTED");
    }
}
