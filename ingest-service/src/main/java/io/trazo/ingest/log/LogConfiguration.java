package io.trazo.ingest.log;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ledger.log.LeaderLease;
import io.trazo.ledger.log.LogSigner;
import io.trazo.ledger.log.LogStores;
import io.trazo.ledger.log.Sequencer;
import io.trazo.ledger.log.SequencerPolicy;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.store.LedgerStore;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the transparency log's sequencer into an ingest instance, when {@code trazo.log.enabled=true}.
 * It needs a {@link LedgerStore} bean (ingest's Mongo store) and the driver's {@link MongoClient};
 * every instance runs a {@link SequencerRunner}, and the lease lets one of them sequence.
 *
 * <p>Key: {@code trazo.log.signer-key} holds the C2SP signer key {@code PRIVATE+KEY+<origin>+<hex8>+<base64>}
 * (from {@code TRAZO_LOG_SIGNER_KEY} or a secret file); it exists only in ingest instances.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "trazo.log", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(LogProperties.class)
class LogConfiguration {

    @Bean
    LogStores logStores(MongoClient client, Environment env) {
        MongoDatabase db = client.getDatabase(databaseName(env));
        return new LogStores(new MongoTileStore(db), new MongoLogStateStore(db), new MongoCheckpointHistory(db),
                new MongoLeafIndex(db));
    }

    @Bean
    LeaderLease logLease(MongoClient client, Environment env) {
        return new MongoLeaderLease(client.getDatabase(databaseName(env)), Clock.systemUTC());
    }

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
        return new LogSigner(properties.origin(), key);
    }

    @Bean
    SequencerRunner sequencerRunner(LedgerStore ledger, LogStores stores, LogSigner signer, LeaderLease lease,
            LogProperties properties, MeterRegistry meters) {
        Sequencer sequencer = new Sequencer(ledger, stores, signer,
                new SequencerPolicy(properties.maxBatch(), properties.sealGrace()), Clock.systemUTC());
        String instance = properties.instance() == null ? "ingest-" + UUID.randomUUID() : properties.instance();
        return new SequencerRunner(sequencer, lease, properties, instance, Clock.systemUTC(), meters);
    }

    @Bean
    SequencerHealthIndicator transparencyLogHealthIndicator(SequencerRunner runner) {
        return new SequencerHealthIndicator(runner);
    }

    static String databaseName(Environment env) {
        String fromUri = new ConnectionString(env.getProperty("spring.mongodb.uri", "mongodb://localhost/trazo")).getDatabase();
        return env.getProperty("spring.mongodb.database", fromUri == null ? "trazo" : fromUri);
    }
}
