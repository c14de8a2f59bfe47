package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.RecordKeys;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.Receipts;
import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A batch whose transaction fails every time, on a real broker: the dead-letter topic was created by an
 * operator with a smaller {@code max.message.bytes} than ingest is configured for, so the broker refuses
 * one message's dead letter whole. The batch is tried a bounded number of times, then message by
 * message; the one bad message is tried a bounded number of times alone and then dead-lettered with
 * what the topic takes, and everything around it is accepted.
 */
class FailingBatchIsolationTest extends OneIngestTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();

    @Test
    void aMessageWhoseDeadLetterTheBrokerRefusesIsIsolatedFromItsBatchAndDeadLetteredAfterBoundedTries() throws Exception {
        probe.createTopic(rig.records, Map.of("max.message.bytes", Integer.toString(8 * 1024 * 1024)));
        probe.createTopic(rig.deadLetters, Map.of("max.message.bytes", "2048"));
        byte[] garbage = new byte[3000];
        Arrays.fill(garbage, (byte) '#');
        // published before ingest starts, so its first poll holds all three in one batch
        String before = rig.publishTo(0, RecordKeys.keyOf(JOURNEY.get(0)).orElseThrow(), JOURNEY.get(0));
        String bad = rig.publishTo(0, "x", garbage);
        String after = rig.publishTo(0, RecordKeys.keyOf(JOURNEY.get(1)).orElseThrow(), JOURNEY.get(1));
        // one listener thread, as in production: no rebalance between the tries, so the count below is exact
        ingest = IngestInstance.start(rig, Map.of("trazo.failures.first-back-off", "50ms", "trazo.failures.max-back-off", "200ms",
                "spring.kafka.listener.concurrency", "1"));

        assertThat(probe.finalReceipt(before).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(probe.finalReceipt(after).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(probe.finalReceipt(bad).get("reason").asString()).isEqualTo("MALFORMED_JSON");
        ConsumerRecord<byte[], byte[]> dead = probe.deadLetter(bad);
        assertThat(Receipts.header(dead, "trazo-reason")).isEqualTo("MALFORMED_JSON");
        assertThat(Receipts.header(dead, "trazo-value-size")).isEqualTo("3000");
        assertThat(Receipts.header(dead, "trazo-value-sha256")).isEqualTo(Digest.sha256(garbage).hex());
        assertThat(Receipts.header(dead, "trazo-truncated")).isEqualTo("value");
        assertThat(dead.value().length).isLessThan(garbage.length);
        // three tries of the batch, three of the message alone, one as a last resort with the first 64 KiB
        // (all 3,000 bytes, still too many for this topic); the next, with none of the value, commits
        assertThat(probe.metric(ingest, "trazo.ingest.rollbacks")).isEqualTo(7.0);
        assertThat(probe.metric(ingest, "trazo.ingest.isolated")).isEqualTo(1.0);
    }
}
