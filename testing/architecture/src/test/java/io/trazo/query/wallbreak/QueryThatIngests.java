package io.trazo.query.wallbreak;

import io.trazo.ingest.IngestApplication;

/** Breaks a wall on purpose (BrokenWallsTest): query code that uses ingest-service. */
public final class QueryThatIngests {

    public static String name() {
        return IngestApplication.class.getName();
    }

    private QueryThatIngests() {}
}
