package io.trazo.query;

import com.mongodb.client.MongoDatabase;
import io.trazo.append.AppendOutcome;
import io.trazo.append.Appender;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.provenance.JourneyLedger;
import io.trazo.ledger.registry.RolePolicy;
import io.trazo.ledger.registry.TrustRoot;
import io.trazo.mongo.MongoLedgerStore;
import io.trazo.mongo.MongoTarget;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A query test's own database on the JVM's shared Mongo target, filled through ingest's store and the
 * real append code, and the two properties that point the service under test at it. Each ledger is a
 * fresh database, so a real MongoDB target (which outlives the run) never holds an earlier run's ledger.
 */
public final class SeededLedger {

    private final MongoTarget mongo = MongoTarget.shared();
    private final MongoDatabase database;
    private final MongoLedgerStore store;

    private SeededLedger(String prefix) {
        this.database = mongo.freshDatabase(prefix);
        this.store = new MongoLedgerStore(database).ensureIndexes();
    }

    /** A fresh database named {@code prefix} and a counter, with the store's indexes and no records. */
    public static SeededLedger empty(String prefix) {
        return new SeededLedger(prefix);
    }

    /** A fresh database holding the v1 coffee journey. */
    public static SeededLedger journey(String prefix) {
        SeededLedger ledger = new SeededLedger(prefix);
        JourneyLedger.fill(ledger.store);
        return ledger;
    }

    /**
     * A fresh database holding {@code records}, appended in order under the demo trust root.
     *
     * @throws IllegalStateException if the append code refuses one, naming its outcome
     */
    public static SeededLedger appending(String prefix, List<byte[]> records) {
        SeededLedger ledger = new SeededLedger(prefix);
        Appender appender = new Appender(ledger.store, TrustRoot.of(CoffeeJourney.trustRoot()), RolePolicy.standard());
        for (byte[] wire : records) {
            AppendOutcome outcome = appender.append(wire);
            if (!(outcome instanceof AppendOutcome.Accepted)) {
                throw new IllegalStateException("not accepted: " + outcome);
            }
        }
        return ledger;
    }

    /** Points the service under test at this database; call it from the test's {@code @DynamicPropertySource}. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("trazo.query.database", database::getName);
    }

    /** Ingest's store over this database, for appending more during a test. */
    public MongoLedgerStore store() {
        return store;
    }

    public MongoDatabase database() {
        return database;
    }

    public String name() {
        return database.getName();
    }

    /** The target's connection string, for code that opens its own client (as an ingest instance would). */
    public String uri() {
        return mongo.uri();
    }
}
