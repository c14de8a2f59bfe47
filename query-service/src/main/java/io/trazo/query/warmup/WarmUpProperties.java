package io.trazo.query.warmup;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled whether the audit fold and the status map are built in the background at start; off,
 *     the first request that needs one builds it, as before
 * @param requestWait how long a request that needs a catch-up still warming waits before it is answered
 *     503 {@code warming-up}: a bound, so a request never queues behind a replay of the whole ledger
 * (its {@code Retry-After} is {@code trazo.query.warm-up.retry-after}, read by {@link WarmUpProblems})
 */
@ConfigurationProperties("trazo.query.warm-up")
@Validated
public record WarmUpProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2s") @NotNull Duration requestWait) {}
