package io.trazo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.trazo.audit.wallbreak.AuditThatAppends;
import io.trazo.ledger.wallbreak.CoreThatAppends;
import io.trazo.problems.wallbreak.ProblemsThatKnowTheLedger;
import io.trazo.query.util.Strings;
import io.trazo.query.wallbreak.QueryThatIngests;
import io.trazo.query.wallbreak.QueryThatQueriesMongo;
import io.trazo.query.wallbreak.QueryThatWrites;
import io.trazo.web.wallbreak.WebThatReadsTheStore;
import org.junit.jupiter.api.Test;

/** Each wall, shown to fail on a class that breaks it (the classes live in this module's tests only). */
class BrokenWallsTest {

    @Test
    void aCoreClassThatUsesTheWriteSideOrPicocliBreaksTheCoreWall() {
        assertThat(violations(Walls.CORE_DEPENDS_ON_NOTHING_OF_OURS, CoreThatAppends.class))
                .contains("io.trazo.append.Appender").contains("picocli.CommandLine");
    }

    @Test
    void anAuditClassThatUsesTheWriteSideOrTheDemoBreaksTheAuditWall() {
        assertThat(violations(Walls.AUDIT_DEPENDS_ONLY_ON_THE_CORE, AuditThatAppends.class))
                .contains("io.trazo.append.Appender").contains("io.trazo.demo.DemoParties");
    }

    @Test
    void aQueryClassThatHoldsAWriteAdapterBreaksTheReadOnlyWall() {
        assertThat(violations(Walls.QUERY_NEVER_SEES_INGEST_OR_THE_WRITE_SIDE, QueryThatWrites.class))
                .contains("io.trazo.mongo.MongoLedgerStore");
    }

    @Test
    void aQueryClassThatUsesIngestBreaksTheReadOnlyWall() {
        assertThat(violations(Walls.QUERY_NEVER_SEES_INGEST_OR_THE_WRITE_SIDE, QueryThatIngests.class))
                .contains("io.trazo.ingest.IngestApplication");
    }

    @Test
    void aServiceClassOtherThanItsWiringThatUsesTheDriverBreaksTheSchemaWall() {
        assertThat(violations(Walls.ONLY_THE_MONGO_MODULE_AND_ONE_WIRING_CLASS_PER_SERVICE_USE_THE_DRIVER, QueryThatQueriesMongo.class))
                .contains("com.mongodb.client.MongoDatabase").contains("org.bson.Document");
    }

    @Test
    void anHttpProblemsClassThatKnowsTheLedgerBreaksItsWall() {
        assertThat(violations(Walls.HTTP_PROBLEMS_DEPEND_ON_NOTHING_OF_OURS, ProblemsThatKnowTheLedger.class))
                .contains("io.trazo.ledger.crypto.Digest");
    }

    @Test
    void aPageClassThatReadsTheStoreBreaksTheBuyersPageWall() {
        assertThat(violations(Walls.TRACE_WEB_HOLDS_NO_STORE, WebThatReadsTheStore.class))
                .contains("io.trazo.mongo.MongoLedgerReader").contains("com.mongodb.client.MongoDatabase");
    }

    @Test
    void aUtilPackageBreaksTheNoDumpingGroundsRule() {
        assertThat(violations(Walls.NO_DUMPING_GROUNDS, Strings.class)).contains("io.trazo.query.util.Strings");
    }

    private static String violations(ArchRule rule, Class<?> breaker) {
        JavaClasses classes = new ClassFileImporter().importClasses(breaker);
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription() + " must catch " + breaker.getName()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
