package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.trazo.append.RecordKeys;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.Receipts;
import io.trazo.ledger.crypto.Digest;
import io.trazo.demo.CoffeeJourney;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values near the records topic's size limit, on a real broker. Forwarding one to the dead-letter topic
 * adds headers, so a dead letter that carried the whole value would be larger than anything the
 * producer or the broker accepts; it is written with a prefix of the value and the hash and size of the
 * whole, and the partition goes on.
 */
class OversizedMessagesTest extends OneIngestTest {

    /** {@code trazo.topics.max-message-bytes} and the producers' {@code max.request.size}. */
    private static final int LIMIT = 8 * 1024 * 1024;
    private static final byte[] KEY = "x".getBytes(StandardCharsets.UTF_8);

    static Stream<Arguments> sizes() {
        int atLimit = largestValueUnder(LIMIT);
        return Stream.of(arguments(named("at the broker limit", atLimit)),
                arguments(named("at the limit minus the dead-letter headers", atLimit - deadLetterHeaderBytes(atLimit))),
                arguments(named("at 1 MiB", 1024 * 1024)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void anOversizedValueGetsItsReceiptAndADeadLetterWithItsHashAndSizeAndTheNextRecordOnItsPartitionIsAccepted(int size) {
        ingest = IngestInstance.start(rig, Map.of());
        byte[] value = new byte[size];
        for (int i = 0; i < size; i++) {
            value[i] = (byte) ('a' + i % 26);
        }
        byte[] next = CoffeeJourney.records().get(0);
        String big = rig.publishTo(0, "x", value);
        String after = rig.publishTo(0, RecordKeys.keyOf(next).orElseThrow(), next);

        assertThat(probe.finalReceipt(big).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(probe.finalReceipt(big).get("reason").asString()).isEqualTo("TOO_LARGE");
        ConsumerRecord<byte[], byte[]> dead = probe.deadLetter(big);
        assertThat(Receipts.header(dead, "trazo-reason")).isEqualTo("TOO_LARGE");
        assertThat(Receipts.header(dead, "trazo-value-size")).isEqualTo(Integer.toString(size));
        assertThat(Receipts.header(dead, "trazo-value-sha256")).isEqualTo(Digest.sha256(value).hex());
        assertThat(Arrays.copyOf(value, dead.value().length)).as("the dead letter holds a prefix of the value").isEqualTo(dead.value());
        if (dead.value().length < size) {
            assertThat(Receipts.header(dead, "trazo-truncated")).isEqualTo("value");
        }
        assertThat(probe.finalReceipt(after).get("outcome").asString()).isEqualTo("ACCEPTED");
    }

    /** The largest value, under key {@code x} and without headers, whose record the producer and the topic accept. */
    private static int largestValueUnder(int limit) {
        int size = limit;
        while (IngestProbe.batchBytes(KEY, size) > limit) {
            size--;
        }
        return size;
    }

    /** What the headers of a TOO_LARGE dead letter add to a record of this size: the room a dead letter lacks. */
    private static int deadLetterHeaderBytes(int size) {
        Header[] headers = {
            header("trazo-source", "records-00000000/0/0"),
            header("trazo-reason", "TOO_LARGE"),
            header("trazo-path", ""),
            header("trazo-message", "document is " + size + " bytes, limit is 65536"),
            header("trazo-value-sha256", "0".repeat(64)),
            header("trazo-value-size", Integer.toString(size))};
        return IngestProbe.batchBytes(KEY, size, headers) - IngestProbe.batchBytes(KEY, size);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
