package io.trazo.query;

import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.registry.TrustRoot;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param trustRoot the governance public keys (base64url) server-side verification trusts; public, not secret
 * @param maxTraceRecords the most records a trace, a verification or a bundle may span
 * @param maxPageSize the largest page any list endpoint returns
 * @param eventScanLimit the most documents one EPCIS query may read when no index narrows it
 * @param checkThreads threads one verification may check its records on (Ed25519 above all); 0 means
 *     one per available processor. Under full load it changes nothing; below it, a cold lot's ~70
 *     signature checks finish sooner on the idle cores
 */
@ConfigurationProperties("trazo.query")
@Validated
public record QueryProperties(@NotBlank String database, @NotEmpty List<@NotBlank String> trustRoot,
        @Min(1) @Max(10_000) int maxTraceRecords, @Min(1) @Max(1_000) int maxPageSize,
        @Min(1) @Max(1_000_000) int eventScanLimit, @Min(0) @Max(64) int checkThreads) {

    /** {@link #checkThreads} with 0 resolved to the available processors. */
    public int checkWays() {
        return checkThreads == 0 ? Runtime.getRuntime().availableProcessors() : checkThreads;
    }

    public TrustRoot trustRootKeys() {
        return new TrustRoot(trustRoot.stream().map(PublicKey::fromBase64Url).toList());
    }
}
