package io.trazo.query.provenance;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled whether {@link VerifyAhead} checks the ledger's signatures in the background (docs/operations.md,
 *     "Warm-up at start"); off, every never-seen page pays for its own Ed25519 checks, as before
 * @param poll how often it looks for positions appended since it last caught up
 */
@ConfigurationProperties("trazo.query.verify-ahead")
@Validated
public record VerifyAheadProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2s") @NotNull Duration poll) {}
