package io.trazo.query.provenance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds of the memos that let provenance requests skip work already done for the same immutable
 * records. Neither holds anything registry-dependent, so neither size can change an outcome, only its cost.
 *
 * @param parsedRecords records kept parsed, with their event bodies read (about 7.5 KB each for a ~900-byte event record; 0 turns the memo off)
 * @param verifiedSignatures Ed25519 successes remembered (about 100 bytes each: a SHA-256 per entry); a lot's ancestry
 *     holds ~100, and verify-ahead fills it with every signature of the ledger, so it is sized for a whole ledger
 *     (the default 2,097,152 holds the 1,000,065-record benchmark store's ~1.43 million in about 140 MB, ~200 MB full);
 *     at most 8,000,000 (~800 MB)
 */
@ConfigurationProperties("trazo.query.cache")
@Validated
public record CacheProperties(@Min(0) @Max(2_000_000) int parsedRecords, @Min(1) @Max(8_000_000) int verifiedSignatures) {}
