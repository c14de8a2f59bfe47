package io.trazo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The walls between Trazo's modules that can be read from compiled classes (README, Architecture). Each
 * rule is checked against every production class in {@link WallsTest}, and against a class that breaks
 * it in {@link BrokenWallsTest}.
 */
final class Walls {

    /** The offline verifier: the JDK, BouncyCastle, a JSON parser and Open Location Code, and nothing of ours or of any framework. */
    static final ArchRule CORE_DEPENDS_ON_NOTHING_OF_OURS = classes().that().resideInAPackage("io.trazo.ledger..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.trazo.ledger..", "java..", "org.bouncycastle..",
                    "tools.jackson.core..", "com.google.openlocationcode..")
            .as("ledger-core (io.trazo.ledger) depends only on the JDK, BouncyCastle, jackson-core and openlocationcode");

    /** The audit: computed from records alone, so an offline certifier gets the service's answer; the core and the JDK only. */
    static final ArchRule AUDIT_DEPENDS_ONLY_ON_THE_CORE = classes().that().resideInAPackage("io.trazo.audit..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.trazo.audit..", "io.trazo.ledger..", "java..")
            .as("ledger-audit (io.trazo.audit) depends only on ledger-core and the JDK");

    /** A class that implements one of the write side's ports (LedgerStore, TileStore, LeafIndex, …). */
    static final DescribedPredicate<JavaClass> WRITE_ADAPTER = DescribedPredicate.describe("a write adapter (implements a port of io.trazo.append)",
            c -> c.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().startsWith("io.trazo.append")));

    static final ArchRule QUERY_NEVER_SEES_INGEST_OR_THE_WRITE_SIDE = noClasses().that().resideInAPackage("io.trazo.query..")
            .should().dependOnClassesThat().resideInAnyPackage("io.trazo.ingest..", "io.trazo.append..")
            .orShould().dependOnClassesThat(WRITE_ADAPTER)
            .as("query-service depends neither on ingest-service nor on the write side (ledger-append or a write adapter)");

    /** The buyer's page is a client of query's HTTP API: it can name no store, no write side and no service's classes. */
    static final ArchRule TRACE_WEB_HOLDS_NO_STORE = noClasses().that().resideInAPackage("io.trazo.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.trazo.mongo..", "io.trazo.append..", "io.trazo.ingest..",
                    "io.trazo.query..", "com.mongodb..", "org.bson..")
            .as("trace-web depends on no store (ledger-mongo, the driver), no write side and no service: only query's HTTP API");

    static final ArchRule ONLY_THE_MONGO_MODULE_AND_ONE_WIRING_CLASS_PER_SERVICE_USE_THE_DRIVER = noClasses()
            .that().resideOutsideOfPackage("io.trazo.mongo..")
            .and().doNotHaveFullyQualifiedName("io.trazo.ingest.store.StoreConfiguration")
            .and().doNotHaveFullyQualifiedName("io.trazo.query.store.StoreConfiguration")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
            .as("only ledger-mongo, and one wiring class per service, use the MongoDB driver or BSON");

    /** Shared by both HTTP services, so it must not pull either service, or any ledger module, into the other. */
    static final ArchRule HTTP_PROBLEMS_DEPEND_ON_NOTHING_OF_OURS = noClasses().that().resideInAPackage("io.trazo.problems..")
            .should().dependOnClassesThat().resideInAnyPackage("io.trazo.ledger..", "io.trazo.append..", "io.trazo.mongo..",
                    "io.trazo.demo..", "io.trazo.cli..", "io.trazo.ingest..", "io.trazo.query..", "io.trazo.standin..")
            .as("http-problems (io.trazo.problems) depends on no other module of ours");

    static final ArchRule NO_DUMPING_GROUNDS = noClasses().that().resideInAPackage("io.trazo..")
            .should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..", "..dto..")
            .as("no util, common, helper or dto packages");

    private Walls() {}
}
