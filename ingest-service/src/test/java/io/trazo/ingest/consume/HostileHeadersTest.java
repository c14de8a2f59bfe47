package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.append.RecordKeys;
import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.Receipts;
import io.trazo.demo.CoffeeJourney;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Headers on the records topic are the producer's. Those that only ingest may write (the retry
 * bookkeeping) are ignored there, and a capture id too long to be one is dropped, so that no header
 * can stop a partition, make a message answer for another's receipt, or swell a receipt or a dead
 * letter past what its topic takes.
 */
class HostileHeadersTest extends OneIngestTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();

    @Test
    void headersThatOnlyIngestMayWriteAreIgnoredOnTheRecordsTopicAndCannotStallIt() {
        ingest = IngestInstance.start(rig, Map.of());
        String first = rig.publishTo(0, RecordKeys.keyOf(JOURNEY.get(0)).orElseThrow(), JOURNEY.get(0));
        assertThat(probe.finalReceipt(first).get("outcome").asString()).isEqualTo("ACCEPTED");
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        String garbled = probe.publishWithHeaders(0, "x", notJson, Map.of("trazo-source", "nonsense", "trazo-attempt", "many"));
        String spoofed = probe.publishWithHeaders(0, "x", notJson, Map.of("trazo-source", first));
        String hugeCapture = probe.publishWithHeaders(0, "x", notJson, Map.of("trazo-capture", "c".repeat(2 * 1024 * 1024)));
        String after = rig.publishTo(0, RecordKeys.keyOf(JOURNEY.get(1)).orElseThrow(), JOURNEY.get(1));

        for (String source : List.of(garbled, spoofed, hugeCapture)) {
            assertThat(probe.finalReceipt(source).get("reason").asString()).as(source).isEqualTo("MALFORMED_JSON");
            assertThat(Receipts.header(probe.deadLetter(source), "trazo-source")).isEqualTo(source);
        }
        assertThat(probe.finalReceipt(hugeCapture).has("capture")).isFalse();
        assertThat(probe.finalReceipt(after).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(probe.finalReceipt(first).get("outcome").asString()).as("the spoofed source got no second receipt").isEqualTo("ACCEPTED");
    }
}
