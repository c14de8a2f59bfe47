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
import java.util.Optional;
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

    @Bean
    Appender appender(MongoLedgerStore store, IngestProperties properties) {
        TrustRoot root = new TrustRoot(properties.trustRoot().stream().map(PublicKey::fromBase64Url).toList());
        return new Appender(store, root, RolePolicy.standard(), properties.verifiedSignatures() == 0 ? Optional.empty()
                : Optional.of(new VerifiedSignatures(properties.verifiedSignatures())));
    }
}
