package io.trazo.ingest.consume;

import io.trazo.ingest.IngestProperties;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The messages whose transaction failed, and how often, kept per instance between a rollback and the
 * redelivery. Every message of a failed batch is charged, so after {@code batchTries} failures the
 * batch is taken apart: one message per transaction, until the one that fails alone is found; after
 * {@code messageTries} more it is given up. A failure blamed on the infrastructure charges nobody.
 * The counts live in this instance: after a restart, or where a rebalance hands the partition to
 * another instance, they start again, so the bound holds per instance. They are kept across a
 * revocation, which the start-up of several listener threads causes, and dropped when the message
 * commits here.
 */
final class Suspects {

    /** How the listener takes a delivery. */
    sealed interface Plan {}

    /** All messages in one transaction, as usual. */
    record Whole() implements Plan {}

    /** The first message alone; the rest are redelivered. */
    record Alone() implements Plan {}

    /** The first message has failed alone too often: settle it without what failed. {@code round} counts from 0. */
    record GiveUp(int round) implements Plan {}

    private final int batchTries;
    private final int messageTries;
    private final Map<Source, Integer> charges = new ConcurrentHashMap<>();
    private final ThreadLocal<List<? extends ConsumerRecord<?, ?>>> trying = new ThreadLocal<>();
    private final ThreadLocal<Integer> rollbacksInARow = ThreadLocal.withInitial(() -> 0);

    Suspects(IngestProperties.Failures failures) {
        this.batchTries = failures.batchTries();
        this.messageTries = failures.messageTries();
    }

    Plan plan(List<? extends ConsumerRecord<?, ?>> batch) {
        int first = charges(batch.get(0));
        if (first >= batchTries + messageTries) {
            return new GiveUp(first - batchTries - messageTries);
        }
        return batch.stream().anyMatch(m -> charges(m) >= batchTries) ? new Alone() : new Whole();
    }

    /** Called by the listener thread before it works on these messages, so a rollback charges them and no others. */
    void trying(List<? extends ConsumerRecord<?, ?>> messages) {
        trying.set(messages);
    }

    /** After a rollback, on the listener thread: charges what was tried (or the whole delivery) and counts the rollback. @return rollbacks in a row */
    int rolledBack(List<? extends ConsumerRecord<?, ?>> delivery, Blame blame) {
        List<? extends ConsumerRecord<?, ?>> tried = trying.get() == null ? delivery : trying.get();
        trying.remove();
        if (blame == Blame.MESSAGE) {
            tried.forEach(m -> charges.merge(Source.at(m), 1, Integer::sum));
        }
        rollbacksInARow.set(rollbacksInARow.get() + 1);
        return rollbacksInARow.get();
    }

    /** After a commit, on the listener thread. */
    void committed(List<? extends ConsumerRecord<?, ?>> messages) {
        trying.remove();
        rollbacksInARow.set(0);
        messages.forEach(m -> charges.remove(Source.at(m)));
    }

    /** A message of this delivery was given up: that explains the failures of its batch, so the messages after it go back to whole batches. */
    void explained(List<? extends ConsumerRecord<?, ?>> delivery) {
        delivery.forEach(m -> charges.remove(Source.at(m)));
    }

    private int charges(ConsumerRecord<?, ?> message) {
        return charges.getOrDefault(Source.at(message), 0);
    }
}
