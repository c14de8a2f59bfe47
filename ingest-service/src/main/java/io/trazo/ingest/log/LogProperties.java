package io.trazo.ingest.log;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code trazo.log.*}: the transparency log's sequencer on this ingest instance.
 *
 * <p>The log's signing key is deliberately not a component here (a record's {@code toString} would
 * print it): it is read once from {@code trazo.log.signer-key}, normally the environment variable
 * {@code TRAZO_LOG_SIGNER_KEY} or a mounted secret, by {@link LogConfiguration}; so is the key being retired
 * during a rotation, {@code trazo.log.previous-signer-key} ({@code TRAZO_LOG_PREVIOUS_SIGNER_KEY}).
 *
 * @param enabled whether this instance takes part in the sequencer election
 * @param origin the checkpoint origin line, e.g. {@code trazo.example/log}; the key name must equal it
 * @param instance this instance's name in the lease; defaults to a random id
 * @param interval pause between integration rounds
 * @param leaseTtl how long a lease lasts without renewal; a dead leader is replaced after this
 * @param sealGrace how long a drawn position may stay unaccepted before it is sealed
 * @param maxBatch most records per checkpoint
 * @param witnesses the witnesses each new checkpoint is submitted to (protocol §19.4); none by default
 * @param witnessTimeout how long one witness may take to answer
 */
@Validated
@ConfigurationProperties("trazo.log")
public record LogProperties(
        @DefaultValue("false") boolean enabled,
        @NotBlank String origin,
        String instance,
        @NotNull @DefaultValue("250ms") Duration interval,
        @NotNull @DefaultValue("10s") Duration leaseTtl,
        @NotNull @DefaultValue("2s") Duration sealGrace,
        @Min(1) @DefaultValue("4096") int maxBatch,
        @Valid List<Witness> witnesses,
        @NotNull @DefaultValue("5s") Duration witnessTimeout) {

    public LogProperties {
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
    }

    /**
     * One witness.
     *
     * @param url its submission prefix, to which {@code /add-checkpoint} is appended
     * @param key its cosigner verifier key, {@code name+hex8+base64(0x04 ‖ key)}
     */
    public record Witness(@NotNull URI url, @NotBlank String key) {}
}
