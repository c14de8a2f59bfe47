package io.trazo.query.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.bundle.PlotDirectory;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.query.QueryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The only way into the store: a reader, the secondary queries and the plot directory, all read-only. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    MongoDatabase ledgerDatabase(MongoClient client, QueryProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    LedgerReader ledgerReader(MongoDatabase ledgerDatabase) {
        return new MongoLedgerReader(ledgerDatabase);
    }

    @Bean
    LedgerQueries ledgerQueries(MongoDatabase ledgerDatabase) {
        return new LedgerQueries(ledgerDatabase);
    }

    @Bean
    PlotDirectory plotDirectory(LedgerQueries ledgerQueries) {
        return new MongoPlotDirectory(ledgerQueries);
    }
}
