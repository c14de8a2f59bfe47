package io.trazo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Only ledger-mongo names a collection: checked over the repository's main sources, and shown to catch a breach. */
class CollectionNamesTest {

    /** Surefire runs in this module's folder, testing/architecture. */
    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void theSchemaNamesEveryCollection() {
        assertThat(CollectionNames.schema()).contains("records", "lot_claims", "lot_heads", "registry", "counters", "log_tiles",
                "log_leaves", "log_checkpoints", "log_state", "log_lease", "ingest_outcomes", "captures");
    }

    @Test
    void noMainSourceOutsideLedgerMongoNamesACollection() {
        assertThat(Files.isDirectory(REPOSITORY.resolve("ledger-mongo/src/main/java"))).isTrue();
        assertThat(CollectionNames.findingsUnder(REPOSITORY)).isEmpty();
    }

    @Test
    void aLiteralCollectionNameOrAGetCollectionCallIsCaught() {
        String breach = "class X { Object f(com.mongodb.client.MongoDatabase db) { return db.getCollection(\"lot_heads\"); } }";
        assertThat(CollectionNames.findings("X.java", breach, CollectionNames.schema()))
                .containsExactly("X.java: calls getCollection(", "X.java: names collection \"lot_heads\"");
        assertThat(CollectionNames.findings("Y.java", "String s = \"lot heads\";", CollectionNames.schema())).isEmpty();
    }
}
