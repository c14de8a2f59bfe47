package io.trazo.ingest.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trazo.ingest.testing.IngestInstance;
import io.trazo.ingest.testing.IngestRig;
import io.trazo.ingest.testing.Receipts;
import io.trazo.demo.CoffeeJourney;
import io.trazo.append.LedgerInvariants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The service end to end on a real broker and a Mongo-wire server: records in, ledger and receipts out. */
class IngestPipelineTest {

    private static final List<byte[]> JOURNEY = CoffeeJourney.records();
    private final IngestRig rig = new IngestRig();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        rig.close();
    }

    private IngestInstance start() {
        IngestInstance i = IngestInstance.start(rig);
        open.add(i);
        return i;
    }

    @Test
    void theWholeCoffeeJourneyIsAcceptedIntoTheStoreWithOneReceiptPerRecord() {
        IngestInstance ingest = start();
        rig.publishAll(JOURNEY);
        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.finalBySource(rig.receipts()).size() == JOURNEY.size());
        assertThat(Receipts.finalBySource(rig.receipts()).values()).allSatisfy(rs -> {
            assertThat(rs).hasSize(1);
            assertThat(rs.get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
            assertThat(rs.get(0).get("position").asLong()).isPositive();
        });
        assertThat(LedgerInvariants.check(ingest.store(), JOURNEY)).hasSize(JOURNEY.size());
        assertThat(rig.deadLetters()).isEmpty();
    }

    @Test
    void aRepublishedRecordIsADuplicateWithTheSamePosition() {
        IngestInstance ingest = start();
        rig.publishAll(JOURNEY.subList(0, 5));
        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.finalBySource(rig.receipts()).size() == 5);
        rig.publishAll(JOURNEY.subList(0, 5));
        await().atMost(Duration.ofSeconds(60)).until(() -> Receipts.finalBySource(rig.receipts()).size() == 10);
        List<JsonNode> all = Receipts.all(rig.receipts());
        for (JsonNode dup : all.subList(5, 10)) {
            assertThat(dup.get("outcome").asString()).isEqualTo("DUPLICATE");
            JsonNode first = all.stream().filter(r -> r.get("record").equals(dup.get("record"))).findFirst().orElseThrow();
            assertThat(dup.get("position")).isEqualTo(first.get("position"));
        }
        assertThat(LedgerInvariants.check(ingest.store(), JOURNEY.subList(0, 5))).hasSize(5);
    }
}
