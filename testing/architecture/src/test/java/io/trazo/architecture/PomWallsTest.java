package io.trazo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.architecture.PomModel.Dep;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module walls as the poms declare them (the enforcer rules in ledger-core's and query-service's
 * poms guard the same walls, third-party artifacts included, when Maven builds), each also shown to
 * fail on a model with the wall broken.
 */
class PomWallsTest {

    private static final Set<String> FRAMEWORKS = Set.of("org.springframework", "org.springframework.boot", "org.apache.kafka",
            "org.mongodb", "info.picocli");

    private static PomModel reactor;

    @BeforeAll
    static void read() throws IOException {
        reactor = PomModel.read(CollectionNamesTest.REPOSITORY);
    }

    static List<String> coreViolations(PomModel model) {
        return model.declared("ledger-core").stream()
                .filter(d -> d.ours() || (FRAMEWORKS.contains(d.group()) && !d.scope().equals("test")))
                .map(d -> d.group() + ":" + d.artifact() + " (" + d.scope() + ")").toList();
    }

    /** ledger-audit may declare ledger-core, and the demo journey at test scope; nothing else of ours, no framework. */
    static List<String> auditViolations(PomModel model) {
        return model.declared("ledger-audit").stream()
                .filter(d -> (d.ours() && !d.artifact().equals("ledger-core") && !(d.artifact().equals("ledger-demo") && d.scope().equals("test")))
                        || (FRAMEWORKS.contains(d.group()) && !d.scope().equals("test")))
                .map(d -> d.group() + ":" + d.artifact() + " (" + d.scope() + ")").toList();
    }

    static Set<String> queryReachesIngest(PomModel model) {
        Set<String> r = model.reachable("query-service", false);
        r.retainAll(Set.of("ingest-service"));
        return r;
    }

    static Set<String> queryMainReachesWriteSide(PomModel model) {
        Set<String> r = model.reachable("query-service", true);
        r.retainAll(Set.of("ledger-append", "ingest-service"));
        return r;
    }

    /** A witness runs on a certifier's small machine and holds a key: nothing of ours but the core. */
    static Set<String> witnessMainReachesMoreThanTheCore(PomModel model) {
        Set<String> r = model.reachable("trazo-witness", true);
        r.remove("ledger-core");
        return r;
    }

    static Set<String> traceWebMainReachesAStore(PomModel model) {
        Set<String> r = model.reachable("trace-web", true);
        r.retainAll(Set.of("ledger-mongo", "ledger-append", "ingest-service", "query-service"));
        return r;
    }

    @Test
    void theWitnessMainClasspathHoldsOnlyTheCore() {
        assertThat(witnessMainReachesMoreThanTheCore(reactor)).isEmpty();
        assertThat(witnessMainReachesMoreThanTheCore(reactor.with("trazo-witness",
                new Dep("io.trazo", "ledger-append", "compile", Set.of())))).containsExactly("ledger-append");
    }

    @Test
    void theBuyersPageMainClasspathReachesNoStoreAndNoService() {
        assertThat(reactor.reachable("trace-web", true)).contains("ledger-core");
        assertThat(traceWebMainReachesAStore(reactor)).isEmpty();
        assertThat(traceWebMainReachesAStore(reactor.with("trace-web", new Dep("io.trazo", "query-service", "compile", Set.of()))))
                .contains("query-service", "ledger-mongo");
    }

    @Test
    void theReactorHasTheModulesTheWallsNameAndTheirTrueDependencies() {
        assertThat(reactor.modules()).containsKeys("ledger-core", "ledger-append", "ledger-mongo", "trazo-cli", "ingest-service",
                "query-service", "ledger-audit", "trazo-witness", "trace-web");
        assertThat(reactor.reachable("ingest-service", true)).contains("ledger-core", "ledger-append", "ledger-mongo");
        assertThat(reactor.reachable("query-service", true)).contains("ledger-core", "ledger-mongo");
    }

    @Test
    void theCoreDeclaresNothingOfOursAndNoFramework() {
        assertThat(coreViolations(reactor)).isEmpty();
        assertThat(coreViolations(reactor.with("ledger-core", new Dep("info.picocli", "picocli", "compile", Set.of()))))
                .containsExactly("info.picocli:picocli (compile)");
        assertThat(coreViolations(reactor.with("ledger-core", new Dep("io.trazo", "ledger-demo", "test", Set.of()))))
                .containsExactly("io.trazo:ledger-demo (test)");
    }

    @Test
    void theAuditDeclaresOnlyTheCoreAndNoFramework() {
        assertThat(auditViolations(reactor)).isEmpty();
        assertThat(reactor.reachable("ledger-audit", true)).containsExactly("ledger-core");
        assertThat(auditViolations(reactor.with("ledger-audit", new Dep("io.trazo", "ledger-append", "compile", Set.of()))))
                .containsExactly("io.trazo:ledger-append (compile)");
        assertThat(auditViolations(reactor.with("ledger-audit", new Dep("io.trazo", "ledger-demo", "compile", Set.of()))))
                .containsExactly("io.trazo:ledger-demo (compile)");
        assertThat(auditViolations(reactor.with("ledger-audit", new Dep("org.springframework", "spring-core", "compile", Set.of()))))
                .containsExactly("org.springframework:spring-core (compile)");
    }

    @Test
    void theQueryServiceNeverReachesIngestInAnyScope() {
        assertThat(queryReachesIngest(reactor)).isEmpty();
        assertThat(queryReachesIngest(reactor.with("query-service", new Dep("io.trazo", "ingest-service", "test", Set.of()))))
                .containsExactly("ingest-service");
    }

    @Test
    void theQueryServicesMainClasspathNeverReachesTheWriteSide() {
        assertThat(queryMainReachesWriteSide(reactor)).isEmpty();
        assertThat(queryMainReachesWriteSide(reactor.with("query-service", new Dep("io.trazo", "ledger-mongo", "compile", Set.of()))))
                .containsExactly("ledger-append");
    }
}
