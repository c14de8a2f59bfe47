package io.trazo.query.log;

import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.merkle.TileStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Proofs served from the log collections ingest's sequencer writes. Holds no key. The log lives in the
 * ledger's own database (the sequencer reads the records it logs from there), so it is read from the
 * same {@code trazo.query.database}; bundle proofs and bundle records can then never come from two
 * different databases.
 */
@Configuration(proxyBeanMethods = false)
class LogReadConfiguration {

    @Bean
    TileStore logTiles(MongoDatabase ledgerDatabase) {
        return MongoLogReader.tiles(ledgerDatabase);
    }

    @Bean
    LogProofs logProofs(MongoDatabase ledgerDatabase, TileStore logTiles) {
        return new LogProofs(logTiles, MongoLogReader.leaves(ledgerDatabase), MongoLogReader.history(ledgerDatabase));
    }
}
