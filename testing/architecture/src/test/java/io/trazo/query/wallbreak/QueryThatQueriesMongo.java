package io.trazo.query.wallbreak;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/** Breaks a wall on purpose (BrokenWallsTest): query code, not its wiring class, talking to the driver. */
public final class QueryThatQueriesMongo {

    public static long count(MongoDatabase db) {
        return db.getCollection("records").countDocuments(new Document("state", "ACCEPTED"));
    }

    private QueryThatQueriesMongo() {}
}
