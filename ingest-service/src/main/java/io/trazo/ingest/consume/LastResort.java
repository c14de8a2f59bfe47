package io.trazo.ingest.consume;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Settles a message that failed alone more often than {@code trazo.failures.message-tries}. An outcome
 * already memoised is published again, as on any replay: what failed was then publishing it,
 * typically a dead letter the dead-letter topic refuses although it fits ingest's configured limit,
 * so the dead letter now carries at most the first 64 KiB of the value (room for any record, so a
 * failure can be reproduced from it), and in later rounds none of it. Without a memoised outcome the
 * message is decided once more, alone; if that throws, it is given up ({@link Ingestor#givenUp}).
 */
final class LastResort {

    /** {@code MAX_RECORD_BYTES} of docs/protocol.md §2: every record the ledger could accept fits. */
    private static final int FIRST_ROUND_KEEP = 64 * 1024;

    private final Ingestor ingestor;
    private final ReceiptPublisher publisher;

    LastResort(Ingestor ingestor, ReceiptPublisher publisher) {
        this.ingestor = ingestor;
        this.publisher = publisher;
    }

    void settle(ConsumerRecord<byte[], byte[]> wire, Ingestor.Message message, int round) {
        Decision decision = message.remembered().map(Decision::of).orElseGet(() -> decide(message));
        publisher.publish(wire, message.source(), decision, round == 0 ? FIRST_ROUND_KEEP : 0);
    }

    private Decision decide(Ingestor.Message message) {
        try {
            return ingestor.ingestAll(List.of(message)).get(0);
        } catch (RuntimeException e) {
            if (Blame.of(e) == Blame.INFRASTRUCTURE) {
                throw e;
            }
            return ingestor.givenUp(message, e);
        } catch (StackOverflowError e) {
            return ingestor.givenUp(message, e);
        }
    }
}
