package io.trazo.ingest.store;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.append.Appender;
import io.trazo.append.audit.AuditCursorStore;
import io.trazo.append.log.LeaderLease;
import io.trazo.append.log.LogStores;
import io.trazo.append.witness.CosignatureStore;
import io.trazo.mongo.log.MongoCosignatureStore;
import io.trazo.ingest.IngestProperties;
import io.trazo.ledger.concurrent.Parallelism;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.mongo.CaptureLog;
import io.trazo.mongo.IngestOutcomes;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.mongo.log.MongoAuditCursorStore;
import io.trazo.mongo.log.MongoCheckpointHistory;
import io.trazo.mongo.log.MongoLeaderLease;
import io.trazo.mongo.log.MongoLeafIndex;
import io.trazo.mongo.log.MongoLogStateStore;
import io.trazo.mongo.log.MongoTileStore;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ingest's one wiring of MongoDB: the database, and over it the ledger-mongo adapters of every port
 * ingest writes through (the ledger store, the log's stores and lease, the capture log, the receipts), then the
 * append protocol. Nothing else in ingest names the driver. Indexes are ensured before any listener starts.
 */
@Configuration(proxyBeanMethods = false)
// Alike in shape to query's StoreConfiguration (one bean per adapter), not shared: ingest wires writers, query readers.
public class StoreConfiguration {

    @Bean
    MongoDatabase trazoDatabase(MongoClient client, IngestProperties properties) {
        String name = new ConnectionString(properties.mongoUri()).getDatabase();
        return client.getDatabase(name == null ? "trazo" : name);
    }

    @Bean
    MongoLedgerStore ledgerStore(MongoDatabase database, MeterRegistry meters) {
        return new MongoLedgerStore(database, meters).ensureIndexes();
    }

    @Bean
    StoreHealthIndicator mongoHealthIndicator(MongoLedgerStore store) {
        return new StoreHealthIndicator(store);
    }

    @Bean
    CaptureLog captureLog(MongoDatabase database) {
        return new CaptureLog(database);
    }

    @Bean
    IngestOutcomes ingestOutcomes(MongoDatabase database) {
        return new IngestOutcomes(database);
    }

    /** The transparency log's stores and lease, in the ledger's own database (the sequencer reads the records it logs there). */
    @Bean
    @ConditionalOnProperty(prefix = "trazo.log", name = "enabled", havingValue = "true")
    LogStores logStores(MongoDatabase database) {
        return new LogStores(new MongoTileStore(database), new MongoLogStateStore(database), new MongoCheckpointHistory(database),
                new MongoLeafIndex(database));
    }

    /** Witness cosignatures of the log's checkpoints (protocol §19.4), next to the checkpoints. */
    @Bean
    @ConditionalOnProperty(prefix = "trazo.log", name = "enabled", havingValue = "true")
    CosignatureStore cosignatureStore(MongoDatabase database) {
        return new MongoCosignatureStore(database);
    }

    @Bean
    @ConditionalOnProperty(prefix = "trazo.log", name = "enabled", havingValue = "true")
    LeaderLease logLease(MongoDatabase database) {
        return new MongoLeaderLease(database, Clock.systemUTC());
    }

    /** Where the continuous store audit stands, so a restart resumes its pass. */
    @Bean
    @ConditionalOnProperty(prefix = "trazo.log", name = "enabled", havingValue = "true")
    AuditCursorStore auditCursors(MongoDatabase database) {
        return new MongoAuditCursorStore(database);
    }

    /** The helpers of {@code trazo.check-threads} (the listener thread itself is the first of them). */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService checkThreads(IngestProperties properties) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, properties.checkWays() - 1), r -> {
            Thread t = new Thread(r, "trazo-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    Appender appender(MongoLedgerStore store, IngestProperties properties, ExecutorService checkThreads) {
        TrustRoot root = new TrustRoot(properties.trustRoot().stream().map(PublicKey::fromBase64Url).toList());
        return new Appender(store, root, RolePolicy.standard(), properties.verifiedSignatures() == 0 ? Optional.empty()
                : Optional.of(new VerifiedSignatures(properties.verifiedSignatures())), new Parallelism(checkThreads, properties.checkWays()));
    }
}
