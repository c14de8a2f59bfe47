package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.append.RecordKeys;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.demo.CoffeeJourney;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The stall detector on a real broker: the receipts topic is set to refuse every receipt (an operator's
 * mistake that no retry can get past), so a partition with a record waiting makes no progress. Health
 * turns DOWN and names it, and {@code trazo.ingest.partition.stalled} rises; once the topic takes
 * receipts again the record gets its one receipt, health is UP and the gauge is back to 0.
 */
class PartitionStallTest extends OneIngestTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();

    @Test
    void aPartitionWithLagAndNoProgressTurnsHealthDownAndRaisesTheStallGaugeUntilItMovesAgain() throws Exception {
        ingest = IngestInstance.start(rig, Map.of("trazo.failures.stall-after", "2s", "trazo.failures.first-back-off", "50ms",
                "trazo.failures.max-back-off", "300ms"));
        String first = rig.publishTo(1, RecordKeys.keyOf(JOURNEY.get(0)).orElseThrow(), JOURNEY.get(0));
        assertThat(probe.finalReceipt(first).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(probe.health(ingest, "partitions").get("status").asString()).isEqualTo("UP");

        probe.setTopicConfig(rig.receipts, "max.message.bytes", "64");
        String waiting = rig.publishTo(1, RecordKeys.keyOf(JOURNEY.get(1)).orElseThrow(), JOURNEY.get(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> probe.health(ingest, "partitions").get("status").asString().equals("DOWN"));
        JsonNode down = probe.health(ingest, "partitions");
        assertThat(down.get("details").get("stalled").has(rig.records + "-1")).as(down.toString()).isTrue();
        assertThat(probe.metric(ingest, "trazo.ingest.partition.stalled")).isGreaterThanOrEqualTo(1.0);

        probe.setTopicConfig(rig.receipts, "max.message.bytes", null);
        assertThat(probe.finalReceipt(waiting).get("outcome").asString()).isEqualTo("ACCEPTED");
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.health(ingest, "partitions").get("status").asString().equals("UP"));
        assertThat(probe.metric(ingest, "trazo.ingest.partition.stalled")).isZero();
    }
}
