package io.trazo.ingest.store;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.trazo.ingest.IngestProperties;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.ledger.crypto.VerifiedSignatures;
import io.trazo.ledger.store.Appender;
import io.trazo.ledger.concurrent.Parallelism;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store and the append protocol over it. Indexes are ensured before any listener starts. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

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
    StoreHealthIndicator mongoHealthIndicator(MongoDatabase database, MongoLedgerStore store) {
        return new StoreHealthIndicator(database, store);
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
