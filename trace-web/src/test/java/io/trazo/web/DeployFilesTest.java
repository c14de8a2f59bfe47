package io.trazo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Compose and Kubernetes run the page too, which can only be checked here by parsing (no Docker, no
 * cluster): each names the page's image and port, points it at query, and gives it no store or broker
 * settings and no secret.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("../deploy");

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsThePageAsAClientOfQueryOnly() throws IOException {
        Map<String, Object> compose = load(DEPLOY.resolve("compose.yaml")).get(0);
        Map<String, Object> web = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("web");
        assertThat(web.get("image")).isEqualTo("trazo/trace-web:0.1.0-SNAPSHOT");
        assertThat((List<String>) web.get("ports")).containsExactly("8083:8083");
        Map<String, Object> env = (Map<String, Object>) web.get("environment");
        assertThat(env.get("TRAZO_QUERY_URL")).isEqualTo("http://query:8082");
        assertThat(env.keySet()).noneMatch(k -> k.contains("MONGO") || k.contains("KAFKA") || k.contains("SIGNER"));
        assertThat(web).doesNotContainKey("secrets");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesRunsThePageWithoutTheStoresConfigOrAnySecret() throws IOException {
        List<Map<String, Object>> docs = load(DEPLOY.resolve("k8s/60-web.yaml"));
        assertThat(docs).extracting(d -> d.get("kind")).containsExactly("Deployment", "Service");
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) docs.get(0).get("spec"))
                .get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        assertThat(container.get("image")).isEqualTo("trazo/trace-web:0.1.0-SNAPSHOT");
        assertThat(container).doesNotContainKeys("envFrom", "volumeMounts");
        assertThat((List<Map<String, Object>>) container.get("env")).extracting(e -> e.get("name"))
                .contains("TRAZO_QUERY_URL").noneMatch(n -> ((String) n).contains("MONGO") || ((String) n).contains("KAFKA"));
        assertThat(pod).doesNotContainKey("volumes");
    }

    /**
     * trace-web's JIT, left tiered, spends about as much CPU as the pages themselves over the first ~2,000
     * never-seen pages, and C1 code serves them as cheaply as C2 code after (docs/operations.md, "JVM flags of
     * trace-web and query-service"): every way of starting it must say so.
     */
    @Test
    @SuppressWarnings("unchecked")
    void thePageRunsOnC1OnlyWhereverItIsStarted() throws IOException {
        Map<String, Object> compose = load(DEPLOY.resolve("compose.yaml")).get(0);
        Map<String, Object> web = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("web");
        Object composeFlags = ((Map<String, Object>) web.get("environment")).getOrDefault("JAVA_TOOL_OPTIONS", "");

        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) load(DEPLOY.resolve("k8s/60-web.yaml"))
                .get(0).get("spec")).get("template")).get("spec");
        String k8sFlags = ((List<Map<String, Object>>) ((List<Map<String, Object>>) pod.get("containers")).get(0).get("env")).stream()
                .filter(e -> "JAVA_TOOL_OPTIONS".equals(e.get("name"))).map(e -> (String) e.get("value")).findFirst().orElse("");

        String localFlags = Files.readAllLines(DEPLOY.resolve("local/services.sh")).stream()
                .filter(line -> line.startsWith("WEB_JVM_FLAGS=")).findFirst().orElse("");

        assertThat(List.of(composeFlags, k8sFlags, localFlags))
                .allSatisfy(flags -> assertThat((String) flags).contains("-XX:TieredStopAtLevel=1"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            new Yaml().loadAll(in).forEach(d -> docs.add((Map<String, Object>) d));
        }
        return docs;
    }
}
