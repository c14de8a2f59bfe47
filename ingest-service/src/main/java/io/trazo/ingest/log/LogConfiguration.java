package io.trazo.ingest.log;

import io.trazo.append.witness.CosignatureStore;
import io.trazo.append.witness.HttpWitnessClient;
import io.trazo.append.witness.WitnessSubmitter;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.merkle.note.CosignerKey;
import java.util.List;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.log.LeaderLease;
import io.trazo.append.log.LogSigner;
import io.trazo.append.log.LogStores;
import io.trazo.append.log.Sequencer;
import io.trazo.append.log.SequencerPolicy;
import io.trazo.append.log.StatusMapRoots;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.append.LedgerStore;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import io.trazo.append.audit.AuditCursorStore;
import io.trazo.append.audit.LogAudit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the transparency log's sequencer into an ingest instance, when {@code trazo.log.enabled=true}.
 * It needs the {@link LedgerStore}, the log's stores and the lease (all wired in
 * {@code io.trazo.ingest.store.StoreConfiguration}); every instance runs a {@link SequencerRunner},
 * and the lease lets one of them sequence.
 *
 * <p>Key: {@code trazo.log.signer-key} holds the C2SP signer key {@code PRIVATE+KEY+<origin>+<hex8>+<base64>}
 * (from {@code TRAZO_LOG_SIGNER_KEY} or a secret file); it exists only in ingest instances. During a key
 * rotation (protocol §17.1) {@code trazo.log.previous-signer-key} ({@code TRAZO_LOG_PREVIOUS_SIGNER_KEY})
 * holds the key being retired, until the first checkpoint signed by both keys is committed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "trazo.log", name = "enabled", havingValue = "true")
@EnableConfigurationProperties({LogProperties.class, LogAuditProperties.class})
class LogConfiguration {

    @Bean
    LogSigner logSigner(LogProperties properties, Environment env) {
        String skey = env.getProperty("trazo.log.signer-key");
        if (skey == null || skey.isBlank()) {
            throw new IllegalStateException("trazo.log.signer-key (TRAZO_LOG_SIGNER_KEY) is required when trazo.log.enabled=true");
        }
        NoteSignerKey key = NoteSignerKey.parse(skey.strip());
        if (!key.name().equals(properties.origin())) {
            throw new IllegalStateException("log key name \"" + key.name() + "\" differs from trazo.log.origin \""
                    + properties.origin() + "\"");
        }
        LogSigner signer = new LogSigner(properties.origin(), key);
        String previous = env.getProperty("trazo.log.previous-signer-key");
        if (previous == null || previous.isBlank()) {
            return signer;
        }
        NoteSignerKey previousKey = NoteSignerKey.parse(previous.strip());
        if (!previousKey.name().equals(properties.origin())) {
            throw new IllegalStateException("previous log key name \"" + previousKey.name()
                    + "\" differs from trazo.log.origin \"" + properties.origin() + "\"");
        }
        return signer.rotatingFrom(previousKey);
    }

    @Bean
    SequencerRunner sequencerRunner(LedgerStore ledger, LogStores stores, LogSigner signer, LeaderLease lease,
            LogProperties properties, MeterRegistry meters) {
        Sequencer sequencer = new Sequencer(ledger, stores, signer,
                new SequencerPolicy(properties.maxBatch(), properties.sealGrace()), Clock.systemUTC(), StatusMapRoots.empty());
        String instance = properties.instance() == null ? "ingest-" + UUID.randomUUID() : properties.instance();
        return new SequencerRunner(sequencer, lease, properties, instance, Clock.systemUTC(), meters);
    }

    @Bean
    WitnessRunner witnessRunner(SequencerRunner runner, LogStores stores, CosignatureStore cosignatures,
            LogProperties properties, MeterRegistry meters) {
        List<WitnessSubmitter.Witness> witnesses = properties.witnesses().stream()
                .map(w -> new WitnessSubmitter.Witness(CosignerKey.parse(w.key()),
                        new HttpWitnessClient(w.url(), properties.witnessTimeout())))
                .toList();
        LogProofs proofs = new LogProofs(stores.tiles(), stores.leaves(), stores.history());
        return new WitnessRunner(new WitnessSubmitter(witnesses, cosignatures, proofs), stores.history(), runner,
                properties.interval().multipliedBy(4), meters);
    }

    @Bean
    SequencerHealthIndicator transparencyLogHealthIndicator(SequencerRunner runner, WitnessRunner witnesses) {
        return new SequencerHealthIndicator(runner, witnesses);
    }

    /** A fresh audit pass over the read side of the stores, checked against the log's public key only. */
    private static Supplier<LogAudit> auditPasses(LedgerStore ledger, LogStores stores, LogSigner signer) {
        return () -> new LogAudit(ledger, stores.tiles(), stores.leaves(), stores.history(), signer.origin(), signer.verifierKeys());
    }

    @Bean
    LogAuditRunner logAuditRunner(LedgerStore ledger, LogStores stores, LogSigner signer, AuditCursorStore cursors,
            LogAuditProperties properties, MeterRegistry meters) {
        return new LogAuditRunner(auditPasses(ledger, stores, signer), cursors, properties, meters);
    }

    @Bean
    LogAuditHealthIndicator logAuditHealthIndicator(LogAuditRunner runner) {
        return new LogAuditHealthIndicator(runner);
    }

    @Bean
    LogAuditEndpoint logAuditEndpoint(LedgerStore ledger, LogStores stores, LogSigner signer) {
        return new LogAuditEndpoint(auditPasses(ledger, stores, signer));
    }
}
