package io.trazo.ingest.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Up when the ledger database answers {@code ping}; reports the last ledger position, so one entry says
 * both that the store answers and how far the ledger is. Takes the place of Boot's Mongo indicator.
 */
final class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final MongoLedgerStore store;

    StoreHealthIndicator(MongoDatabase database, MongoLedgerStore store) {
        super("Ledger store health check failed");
        this.database = database;
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName()).withDetail("lastPosition", store.lastPosition());
    }
}
