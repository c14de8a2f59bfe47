package io.trazo.ingest.log;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code trazo.log.audit.*}: the continuous store audit on an ingest instance that runs the log.
 *
 * @param enabled whether this instance audits continuously (the on-demand endpoint works either way)
 * @param recordsPerSecond the audit's rate: records re-read and re-hashed per second, which bounds its
 *     load on the store (one batched read per 4,096 records, one tile read per 256)
 * @param interval how often it takes a step of {@code recordsPerSecond × interval} records
 */
@Validated
@ConfigurationProperties("trazo.log.audit")
public record LogAuditProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @DefaultValue("500") int recordsPerSecond,
        @NotNull @DefaultValue("1s") Duration interval) {

    /** Records per step, at least one. */
    int perStep() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, recordsPerSecond * interval.toMillis() / 1000));
    }
}
