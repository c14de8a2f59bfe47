package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.append.RecordKeys;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.Journeys;
import io.trazo.ingest.testing.Receipts;
import io.trazo.ledger.record.RecordCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 10-minute soak's records without a final receipt after its drain (issue 15): retry rounds of 0.1 s
 * waited up to 51 s behind a later round of another record at the head of the same retry partition.
 * Here, on a real broker with a one-partition retry topic, a record that can never be appended sits at
 * the head in its third round (due in 100 s) when a record whose predecessor arrives a moment later is
 * deferred behind it (due in 1 s). Before the fix the second record waited the first one's 100 s.
 */
class RetryHeadOfLineTest extends OneIngestTest {

    private static final List<byte[]> GENERATED = Journeys.generated(0, 2);

    @Test
    void aRetryDueSoonIsNotHeldBehindOneDueMuchLaterInTheSamePartition() throws Exception {
        String retryTopic = "retry-" + rig.id;
        probe.createTopic(retryTopic, 1, Map.of());
        ingest = IngestInstance.start(rig, Map.of("trazo.retry.attempts", "6", "trazo.retry.first-delay", "1s",
                "trazo.retry.multiplier", "10", "spring.kafka.listener.concurrency", "1"));
        CoffeeJourney.records().forEach(r -> assertThat(probe.finalReceipt(publish(r)).get("outcome").asString()).isEqualTo("ACCEPTED"));

        // journey 0's shipment, without the nine records before it: deferred round after round (1 s, 10 s, 100 s, …)
        byte[] stuck = GENERATED.get(9);
        publish(stuck);
        awaitDeferral(stuck, 2);
        // journey 1's receiving of the women's cherry before their harvest: deferred for 1 s, behind the stuck one
        byte[] receiving = GENERATED.get(12);
        String late = publish(receiving);
        awaitDeferral(receiving, 0);
        long start = System.nanoTime();
        publish(GENERATED.get(10));

        assertThat(probe.finalReceipt(late).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the receiving's wait after its harvest arrived")
                .isLessThan(Duration.ofSeconds(45));
    }

    private String publish(byte[] record) {
        return rig.publish(RecordKeys.keyOf(record).orElseThrow(), record);
    }

    private void awaitDeferral(byte[] record, int round) {
        String hash = RecordCodec.parse(record).hash().hex();
        await().atMost(Duration.ofSeconds(90)).until(() -> Receipts.all(rig.receipts()).stream().anyMatch(r -> r.get("outcome").asString()
                .equals("DEFERRED") && r.get("record").asString().equals(hash) && r.get("attempt").asInt() == round));
    }
}
