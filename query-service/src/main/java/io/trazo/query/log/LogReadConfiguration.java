package io.trazo.query.log;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.merkle.TileStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Proofs served from the log collections ingest's sequencer writes. Holds no key. */
@Configuration(proxyBeanMethods = false)
class LogReadConfiguration {

    @Bean
    TileStore logTiles(MongoClient client, Environment env) {
        return MongoLogReader.tiles(database(client, env));
    }

    @Bean
    LogProofs logProofs(MongoClient client, Environment env, TileStore logTiles) {
        MongoDatabase db = database(client, env);
        return new LogProofs(logTiles, MongoLogReader.leaves(db), MongoLogReader.history(db));
    }

    private static MongoDatabase database(MongoClient client, Environment env) {
        String fromUri = new ConnectionString(env.getProperty("spring.mongodb.uri", "mongodb://localhost/trazo")).getDatabase();
        return client.getDatabase(env.getProperty("spring.mongodb.database", fromUri == null ? "trazo" : fromUri));
    }
}
