package io.trazo.ingest.consume;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one published record, as sent to the receipts topic keyed by record hash
 * (docs/operations.md §Ingest). {@code record} is absent, and the key is {@code raw:<sha-256 of the
 * bytes>}, only when the bytes were not a readable record. {@code source} names the message on the
 * records topic this receipt answers, as {@code topic/partition/offset}: the unit of "exactly one
 * final outcome".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(
        String record,
        Outcome outcome,
        Long position,
        String reason,
        String path,
        String message,
        String source,
        int attempt,
        String capture) {

    public enum Outcome {
        ACCEPTED,
        DUPLICATE,
        REJECTED,
        DEFERRED;

        public boolean isFinal() {
            return this != DEFERRED;
        }
    }
}
