package io.trazo.standin;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The {@code hello} command (MongoDB 4.4.2 and later; the old name is {@code isMaster}), which
 * mongo-java-server 1.47.0 does not know: Spring Boot's Mongo health indicator runs it on every
 * database. The reply is the server's own {@code isMaster} reply under the new field name, a standalone
 * writable primary, as MongoDB answers for a standalone server.
 */
final class Hello {

    private Hello() {}

    static boolean asks(String command) {
        return command.equalsIgnoreCase("hello");
    }

    /** {@code hello}'s reply from the server's {@code isMaster} reply. */
    static Document from(Document isMaster) {
        Document reply = new Document("isWritablePrimary", isMaster.getOrDefault("ismaster", Boolean.TRUE));
        isMaster.forEach((key, value) -> {
            if (!key.equals("ismaster")) {
                reply.put(key, value);
            }
        });
        return reply;
    }
}
