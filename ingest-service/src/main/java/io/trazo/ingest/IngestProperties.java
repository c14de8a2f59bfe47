package io.trazo.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the ingest service is configured with, under the prefix {@code trazo}. The trust root is
 * a list of public keys only (base64url Ed25519), so printing this record leaks nothing secret.
 *
 * @param bootstrap Kafka bootstrap servers ({@code TRAZO_KAFKA_BOOTSTRAP})
 * @param mongoUri MongoDB connection string with the database name ({@code TRAZO_MONGO_URI})
 * @param trustRoot governance public keys, base64url ({@code TRAZO_TRUST_ROOT}, comma separated)
 * @param verifiedSignatures how many Ed25519 successes (exact key, message, signature) to remember, so a
 *     record retried after a deferral is not verified again: about 300 bytes each; 0 turns it off
 * @param checkThreads threads that parse and check a poll's records (signatures above all) while its
 *     store writes stay on the listener thread, in order; 0 means one per available processor
 */
@Validated
@ConfigurationProperties("trazo")
public record IngestProperties(
        @NotBlank String bootstrap,
        @NotBlank String mongoUri,
        @NotEmpty List<@NotBlank String> trustRoot,
        @Valid @NotNull @DefaultValue Topics topics,
        @Valid @NotNull @DefaultValue Retry retry,
        @Valid @NotNull @DefaultValue Capture capture,
        @Valid @NotNull @DefaultValue Failures failures,
        @Min(0) @DefaultValue("65536") int verifiedSignatures,
        @Min(0) @Max(64) @DefaultValue("0") int checkThreads) {

    /** {@link #checkThreads}, with 0 resolved to the available processors. */
    public int checkWays() {
        return checkThreads == 0 ? Runtime.getRuntime().availableProcessors() : checkThreads;
    }

    /**
     * @param partitions partitions of the records topic, created if absent
     * @param maxMessageBytes the topics' {@code max.message.bytes}: large enough that an oversized record
     *     reaches ingest and is rejected as TOO_LARGE with a receipt, rather than refused by the broker
     */
    public record Topics(
            @NotBlank @DefaultValue("trazo.records") String records,
            @NotBlank @DefaultValue("trazo.receipts") String receipts,
            @NotBlank @DefaultValue("trazo.records.dlt") String deadLetters,
            @NotBlank @DefaultValue("trazo.records.retry") String retry,
            @Min(1) @Max(1024) @DefaultValue("3") int partitions,
            @Min(1) @DefaultValue("1") short replicas,
            @Min(1024) @DefaultValue("8388608") int maxMessageBytes) {}

    /**
     * Deferred records go round the retry topic up to {@code attempts} times, the n-th time (from 0) not before
     * {@code firstDelay * multiplier^n}; still deferred after that, they are rejected as MISSING_DEPENDENCY. The
     * defaults wait 0.1 × (1+2+…+512) = 102.3 s in all; the short first round is for the common case, a merge
     * whose other lot's predecessor is being appended from another partition right now. One topic, not one per round, so that the deferred records of a
     * lot stay in their order: a lot's later record never overtakes its deferred predecessor.
     */
    public record Retry(
            @Min(1) @Max(20) @DefaultValue("10") int attempts,
            @NotNull @DefaultValue("100ms") Duration firstDelay,
            @Min(1) @Max(10) @DefaultValue("2") int multiplier) {

        public Duration delay(int attempt) {
            return firstDelay.multipliedBy((long) Math.pow(multiplier, attempt));
        }
    }

    /** @param maxRequestBytes the largest POST /capture body; @param maxRecords the largest batch */
    public record Capture(
            @Min(1024) @DefaultValue("1048576") int maxRequestBytes,
            @Min(1) @Max(10000) @DefaultValue("500") int maxRecords) {}

    /**
     * How the listeners get past a message whose processing keeps failing, and when a partition counts
     * as stalled (docs/operations.md §Failure modes).
     *
     * @param batchTries tries of a batch that keeps failing before its messages are tried one per transaction
     * @param messageTries tries of one message alone before it is given up (UNPROCESSABLE, or its own
     *     outcome with a dead letter cut to what the topic takes)
     * @param firstBackOff the wait after a rollback, doubled after each further rollback in a row
     * @param maxBackOff the longest wait after a rollback
     * @param stallAfter how long a partition may hold a delivered record without committing before
     *     health turns DOWN; the retry topic's partitions are allowed the longest retry delay on top
     */
    public record Failures(
            @Min(1) @Max(100) @DefaultValue("3") int batchTries,
            @Min(1) @Max(100) @DefaultValue("3") int messageTries,
            @NotNull @DefaultValue("100ms") Duration firstBackOff,
            @NotNull @DefaultValue("5s") Duration maxBackOff,
            @NotNull @DefaultValue("60s") Duration stallAfter) {

        /** The wait after the n-th rollback in a row (from 1). */
        public Duration backOff(int rollbacks) {
            int doublings = Math.min(Math.max(rollbacks - 1, 0), 30);
            Duration wait = firstBackOff.multipliedBy(1L << doublings);
            return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
        }
    }
}
