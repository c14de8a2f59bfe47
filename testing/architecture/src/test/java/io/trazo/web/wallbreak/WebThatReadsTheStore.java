package io.trazo.web.wallbreak;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trazo.mongo.MongoLedgerReader;

/** Breaks a wall on purpose (BrokenWallsTest): the buyer's page reading the store instead of query's API. */
public final class WebThatReadsTheStore {

    public static MongoLedgerReader reader(MongoDatabase db) {
        return new MongoLedgerReader(db, new SimpleMeterRegistry(), "trazo.web.store");
    }

    private WebThatReadsTheStore() {}
}
