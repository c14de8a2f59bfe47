package io.trazo.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every production class of every module, against the walls. */
class WallsTest {

    private static JavaClasses production;

    @BeforeAll
    static void importEveryModule() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("io.trazo");
    }

    @Test
    void everyModuleIsImported() {
        for (String pkg : new String[] {"io.trazo.ledger", "io.trazo.append", "io.trazo.mongo", "io.trazo.demo", "io.trazo.cli",
                "io.trazo.ingest", "io.trazo.query", "io.trazo.problems", "io.trazo.audit", "io.trazo.web"}) {
            assertThat(production.containPackage(pkg)).as(pkg).isTrue();
        }
    }

    @Test
    void theCoreDependsOnNothingOfOursAndOnNoFramework() {
        Walls.CORE_DEPENDS_ON_NOTHING_OF_OURS.check(production);
    }

    @Test
    void theAuditDependsOnlyOnTheCore() {
        Walls.AUDIT_DEPENDS_ONLY_ON_THE_CORE.check(production);
    }

    @Test
    void theQueryServiceNeverSeesIngestOrTheWriteSide() {
        Walls.QUERY_NEVER_SEES_INGEST_OR_THE_WRITE_SIDE.check(production);
    }

    @Test
    void theBuyersPageHoldsNoStore() {
        Walls.TRACE_WEB_HOLDS_NO_STORE.check(production);
    }

    @Test
    void onlyTheMongoModuleAndOneWiringClassPerServiceUseTheDriver() {
        Walls.ONLY_THE_MONGO_MODULE_AND_ONE_WIRING_CLASS_PER_SERVICE_USE_THE_DRIVER.check(production);
    }

    @Test
    void theHttpProblemsModuleDependsOnNothingOfOurs() {
        Walls.HTTP_PROBLEMS_DEPEND_ON_NOTHING_OF_OURS.check(production);
    }

    @Test
    void thereAreNoDumpingGroundPackages() {
        Walls.NO_DUMPING_GROUNDS.check(production);
    }
}
